package ca.quorum.stack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * Starts one single-node Elasticsearch cluster in this JVM and keeps it until the process is stopped.
 *
 * <p>Usage: {@code SearchNodeMain <home-dir> <http-port (0 = any free port)> <port-file>}. The bound HTTP port
 * is written to the port file once the node answers; SIGTERM closes the node cleanly.
 */
public final class SearchNodeMain {

    private SearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SearchNodeMain <home-dir> <http-port> <port-file>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path portFile = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(portFile);
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "quorum")
                .put("node.name", "quorum-search")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", 0)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.destructive_requires_name", true)
                .build();

        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("quorum-search");
        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> "quorum-search");
        Node node = new ClasspathNode(environment, List.of(Netty4Plugin.class, QuorumSearchPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("search node: close failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "search-node-shutdown"));
        node.start();

        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        InetSocketAddress bound = http.boundAddress().publishAddress().address();
        Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(bound.getPort()));
        Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("search node: listening on http://127.0.0.1:" + bound.getPort());
        stopped.await();
    }
}
