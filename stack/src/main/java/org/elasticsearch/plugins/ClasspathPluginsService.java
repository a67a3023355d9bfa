package org.elasticsearch.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;

/**
 * A plugins service fed with plugin classes from the class path instead of a distribution's
 * {@code modules/} and {@code plugins/} folders. It lives in Elasticsearch's package because
 * {@link PluginsService#loadPlugin} and {@link PluginsService.LoadedPlugin} are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loaded;

    public ClasspathPluginsService(Settings settings, Path configDir, List<Class<? extends Plugin>> pluginClasses) {
        super(settings, configDir, PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, configDir);
            PluginDescriptor descriptor = new PluginDescriptor(pluginClass.getSimpleName(), "classpath plugin",
                    "1", org.elasticsearch.Build.current().version(), "21", pluginClass.getName(), null, List.of(),
                    false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
            plugins.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
        }
        this.loaded = List.copyOf(plugins);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(loaded.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }
}
