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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

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
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : null;
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = "/" + base.value().replaceAll("^/|/$", "")
                            + (sub == null ? "" : "/" + sub.value().replaceAll("^/|/$", ""));
                    Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    boolean body = false;
                    for (Parameter p : m.getParameters()) {
                        if (p.getAnnotations().length == 0) {
                            body = true;
                        }
                    }
                    all.add(new Endpoint(verb, template.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}"),
                            consumes == null ? List.of() : List.of(consumes.value()), body));
                }
            }
        }
        all.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return all;
    }
}
