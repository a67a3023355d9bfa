package ca.quorum.stack;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;

/**
 * Fills two gaps of a node built from Maven Central jars, where the {@code analysis-common} and
 * {@code rest-root} modules are not published: the {@code english} and {@code french} analyzers
 * (backed by the same Lucene analyzers Elasticsearch uses) and {@code GET /} so that clients can ping.
 */
public final class QuorumSearchPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "english", (indexSettings, env, name, settings) -> provider(name, new EnglishAnalyzer()),
                "french", (indexSettings, env, name, settings) -> provider(name, new FrenchAnalyzer()));
    }

    private static <A extends Analyzer> AnalyzerProvider<A> provider(String name, A analyzer) {
        return new AbstractIndexAnalyzerProvider<>(name) {
            @Override
            public A get() {
                return analyzer;
            }
        };
    }

    @Override
    public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodes,
            Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new RootHandler());
    }

    private static final class RootHandler extends BaseRestHandler {
        @Override
        public String getName() {
            return "quorum_root";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            String body = "{\"name\":\"quorum-search\",\"cluster_name\":\"quorum\",\"version\":{\"number\":\""
                    + Build.current().version() + "\"},\"tagline\":\"You Know, for Search\"}";
            return channel -> channel.sendResponse(new RestResponse(RestStatus.OK, "application/json", body));
        }
    }
}
