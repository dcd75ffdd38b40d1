package org.stance.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new SentenceEncoder(1, 8);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    @Test
    void vectorsAreNormalisedAndMeaningful() {
        float[][] v = encoder.encodeAll(List.of("The minister urged both sides to exercise restraint.",
                "He called on the two countries to de-escalate.", "The bank raised interest rates by half a point."));
        assertEquals(SentenceEncoder.DIMENSION, v[0].length);
        assertEquals(1.0, cosine(v[0], v[0]), 1e-4);
        assertTrue(cosine(v[0], v[1]) > cosine(v[0], v[2]) + 0.2, "paraphrases are closer than unrelated text");
    }

    @Test
    void aStatementsVectorDoesNotDependOnItsBatch() {
        String s = "She expressed deep sorrow for the victims of the attack.";
        float[] alone = encoder.encode(s);
        float[][] batch = encoder.encodeAll(List.of("Short.", s,
                "A much longer sentence about ceasefire negotiations, prisoner exchanges and humanitarian corridors in the region.",
                "Talks."));
        assertEquals(1.0, cosine(alone, batch[1]), 1e-5);
    }

    @Test
    void accentsAreStrippedSoNamesAreNotUnknown() {
        long[] accented = encoder.tokenIds("Türkiye and Jean-Noël Barrot");
        long[] plain = encoder.tokenIds("Turkiye and Jean-Noel Barrot");
        assertEquals(java.util.Arrays.toString(plain), java.util.Arrays.toString(accented));
        for (long id : accented) {
            assertFalse(id == 100, "no [UNK] token");
        }
    }

    @Test
    void longTextsAreTruncatedToTheModelsWindow() {
        String longText = "restraint ".repeat(500);
        assertEquals(128, encoder.tokenIds(longText).length);
        assertEquals(SentenceEncoder.DIMENSION, encoder.encode(longText).length);
    }

    @Test
    void microBatchingGivesTheSameVectorsUnderConcurrency() throws Exception {
        List<String> texts = List.of("He condemned the strike.", "They welcomed the truce between the two sides.",
                "The minister offered condolences to the bereaved families.", "Trade talks continued.");
        float[][] expected = encoder.encodeAll(texts);
        try (MicroBatchingEncoder batching = new MicroBatchingEncoder(encoder, 16)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<float[]>> fs = new java.util.ArrayList<>();
                for (int r = 0; r < 32; r++) {
                    String t = texts.get(r % texts.size());
                    fs.add(pool.submit(() -> batching.encodeAll(List.of(t))[0]));
                }
                for (int r = 0; r < fs.size(); r++) {
                    assertEquals(1.0, cosine(expected[r % texts.size()], fs.get(r).get()), 1e-5);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
