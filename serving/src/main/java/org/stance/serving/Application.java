package org.stance.serving;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the service. */
@OpenAPIDefinition(info = @Info(title = "Stance", version = "1",
        description = "Per-party stance of diplomatic readouts: de-escalatory, accusatory, condolence."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
