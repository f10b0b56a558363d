package dev.lede.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin: the JDK, the SPI packages and Jackson's annotations come from Lede (parent
 * first), so that the plugin and the runtime share the types they exchange and the runtime's Jackson sees the
 * annotations on the plugin's records; everything else comes from the plugin's own jars first (child first), so that
 * a library the plugin bundles wins over the version Lede or another plugin has.
 *
 * <p>Service files ({@code META-INF/services/...}) are read from the plugin's jars only, so that loading a plugin
 * finds its own providers and not Lede's built-in ones a second time.
 */
final class PluginClassLoader extends URLClassLoader {
    /** Packages (and their sub-packages) always loaded from Lede. */
    static final List<String> PARENT_FIRST = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.dom.", "org.xml.sax.",
            "dev.lede.analyzer.", "dev.lede.document.", "dev.lede.annotation.",
            "com.fasterxml.jackson.annotation.");
    private static final String SERVICES = "META-INF/services/";

    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(String name, URL[] jars, ClassLoader parent) {
        super(name, jars, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (parentFirst(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notInThePlugin) {
                    c = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        if (parentFirst(name.replace('/', '.'))) {
            return super.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : name.startsWith(SERVICES) ? null : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(SERVICES)) {
            return findResources(name);
        }
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        urls.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(urls);
    }

    static boolean parentFirst(String className) {
        for (String prefix : PARENT_FIRST) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
