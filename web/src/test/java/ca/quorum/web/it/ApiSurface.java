package ca.quorum.web.it;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;

/**
 * Every JAX-RS resource method of the application, found by reflection over the web module's classes (so that an
 * endpoint added tomorrow is in every generated test without anyone listing it).
 */
final class ApiSurface {

    /** One endpoint: its HTTP method, its path template under {@code /api}, and what its body may be. */
    record Endpoint(String method, String template, List<String> consumes, boolean takesBody) {

        String key() {
            return method + " " + template;
        }

        /** The path with every parameter filled: the municipality, and ids that name nothing. */
        String path(String municipality) {
            return "api" + template.replace("{municipality}", municipality).replaceAll("\\{[^}]+\\}", "999999999");
        }

        boolean write() {
            return !method.equals("GET");
        }

        boolean takesPdf() {
            return consumes.contains("application/pdf");
        }
    }

    private ApiSurface() {
    }

    static List<Endpoint> endpoints() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Endpoint> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("ca/quorum/web/api"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiSurface.class.getClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    // the same key the filter looks up, so that the matrix cannot drift from what is enforced
                    String key = ca.quorum.web.api.ApiAccess.key(type, m);
                    if (key.startsWith("?")) {
                        continue;
                    }
                    String verb = key.substring(0, key.indexOf(' '));
                    String template = key.substring(key.indexOf(' ') + 1);
                    Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    boolean body = false;
                    for (Parameter p : m.getParameters()) {
                        if (p.getAnnotations().length == 0) {
                            body = true;
                        }
                    }
                    all.add(new Endpoint(verb, template,
                            consumes == null ? List.of() : List.of(consumes.value()), body));
                }
            }
        }
        all.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return all;
    }
}
