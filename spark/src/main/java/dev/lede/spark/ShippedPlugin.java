package dev.lede.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A plugin as it travels to the executors: its jars, shipped with {@code SparkContext.addFile} under their file
 * names, and the sub-folder they sit in when the plugin is a folder of jars (its own jar and the libraries it needs).
 *
 * @param folder the plugin's folder name, or null for a plugin that is a single jar
 * @param jars   the file names of its jars
 */
record ShippedPlugin(String folder, List<String> jars) implements Serializable {
    ShippedPlugin {
        jars = List.copyOf(jars);
    }
}
