package dev.lede.plugin;

/**
 * A plugin, or one provider in it, that could not be loaded: reported in one line, while every other analyzer keeps
 * working.
 *
 * @param source the plugin's jar or folder, or {@value AnalyzerOrigin#BUILT_IN_LOCATION}
 * @param reason why, in a few words (the exception's class and message)
 */
public record LoadFailure(String source, String reason) {

    /** The one-line report, e.g. {@code plugins/broken.jar: dev.x.BrokenProvider could not be created: ...}. */
    public String line() {
        return source + ": " + reason;
    }

    /**
     * The class and message of a throwable. A {@link java.util.ServiceConfigurationError} keeps its own message (it
     * names the provider class) followed by its cause's.
     */
    static String describe(Throwable e) {
        if (e instanceof java.util.ServiceConfigurationError && e.getCause() != null) {
            String msg = String.valueOf(e.getMessage());
            String prefix = dev.lede.analyzer.AnalyzerProvider.class.getName() + ": ";
            return (msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg) + " (" + describe(e.getCause())
                    + ")";
        }
        Throwable root = e;
        while ((root instanceof java.lang.reflect.InvocationTargetException || root instanceof ExceptionInInitializerError)
                && root.getCause() != null) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.strip());
    }
}
