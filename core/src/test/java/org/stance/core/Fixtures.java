package org.stance.core;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.stance.core.party.Gazetteer;

/** Small test data shared by the core tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Gazetteer gazetteer() {
        return Gazetteer.load(resource("gazetteer.json"));
    }
}
