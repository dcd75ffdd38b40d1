package org.stance.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.stance.core.StanceLabel;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.features.TextEncoder;

/**
 * The one loader of model artifacts. An artifact is a directory holding {@code manifest.json} and
 * the head file it names. Loading checks the schema version, the labels, the head's checksum and
 * the encoder's, so a newer, corrupt or mismatched artifact is refused whole.
 *
 * <p>Under a models directory, {@code ACTIVE} names the artifact that serving loads.
 */
public final class ModelArtifacts {
    public static final String ACTIVE_FILE = "ACTIVE";

    private ModelArtifacts() {
    }

    public static ModelManifest readManifest(Path dir) {
        Path file = dir.resolve(ModelManifest.FILE);
        ModelManifest m;
        try {
            m = ModelManifest.json().readValue(file.toFile(), ModelManifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ModelLoadException(dir + " is not a model artifact: no " + ModelManifest.FILE);
        } catch (IOException e) {
            throw new ModelLoadException(file + " is corrupt: " + e.getMessage(), e);
        }
        if (m == null || m.schemaVersion() <= 0) {
            throw new ModelLoadException(file + " has no schema_version");
        }
        if (m.schemaVersion() > ModelManifest.CURRENT_SCHEMA) {
            throw new ModelLoadException(file + " has schema version " + m.schemaVersion()
                    + ", newer than this Stance reads (" + ModelManifest.CURRENT_SCHEMA + "); upgrade Stance to load it");
        }
        if (m.labels() == null || !m.labels().equals(StanceLabel.ids())) {
            throw new ModelLoadException(file + " has labels " + m.labels() + ", this Stance knows " + StanceLabel.ids());
        }
        if (m.head() == null || m.head().file() == null || m.thresholds() == null || m.calibration() == null) {
            throw new ModelLoadException(file + " lacks head, thresholds or calibration");
        }
        return m;
    }

    /** Loads an artifact completely or throws {@link ModelLoadException}. */
    public static ArtifactStanceModel load(Path dir, TextEncoder encoder) {
        ModelManifest m = readManifest(dir);
        Path headFile = dir.resolve(m.head().file()).normalize();
        if (!headFile.startsWith(dir.normalize())) {
            throw new ModelLoadException("head file " + m.head().file() + " lies outside the artifact");
        }
        Head head;
        try {
            String sha = sha256(headFile);
            if (!sha.equals(m.head().sha256())) {
                throw new ModelLoadException(headFile + " is corrupt: checksum " + sha + " differs from the manifest's "
                        + m.head().sha256());
            }
            head = HeadCodec.read(headFile);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(dir + " lacks its head file " + m.head().file());
        } catch (IOException e) {
            throw new ModelLoadException(headFile + " is corrupt: " + e.getMessage(), e);
        }
        if (head.labels() != m.labels().size()) {
            throw new ModelLoadException(headFile + " scores " + head.labels() + " labels, the manifest names "
                    + m.labels().size());
        }
        boolean usesEncoder = !(head instanceof LinearHead lin) || lin.usesEncoder();
        if (usesEncoder) {
            if (m.encoder() == null || !SentenceEncoder.NAME.equals(m.encoder().name())) {
                throw new ModelLoadException(dir + " was trained on encoder "
                        + (m.encoder() == null ? "none" : m.encoder().name()) + ", this Stance has " + SentenceEncoder.NAME);
            }
            if (!encoder.checksum().equals(m.encoder().checksum())) {
                throw new ModelLoadException(dir + " was trained on a different build of " + SentenceEncoder.NAME
                        + " (checksum " + m.encoder().checksum() + ", here " + encoder.checksum() + ")");
            }
        }
        return new ArtifactStanceModel(m, head, encoder);
    }

    /** The artifact that ACTIVE names, if any. */
    public static Optional<Path> active(Path modelsDir) {
        Path f = modelsDir.resolve(ACTIVE_FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(f).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(modelsDir.resolve(id));
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** Marks an artifact active, atomically (write a temporary file, then rename). */
    public static void promote(Path modelsDir, Path artifact) throws IOException {
        readManifest(artifact);
        Path rel = modelsDir.toAbsolutePath().normalize().relativize(artifact.toAbsolutePath().normalize());
        Path tmp = Files.createTempFile(modelsDir, ".active", ".tmp");
        Files.writeString(tmp, rel + "\n");
        Files.move(tmp, modelsDir.resolve(ACTIVE_FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
