package dev.lede.cli;

import dev.lede.pipeline.PipelineFactory;
import dev.lede.server.LedeServer;
import dev.lede.server.ServerConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind the class-data-sharing archive ({@code cli/target/lede.jsa}, made by {@code cli/pom.xml}):
 * one {@code extract} of an article with every analyzer, then a server on a free loopback port that answers
 * {@code /health} and one {@code POST /v1/extract}, then stops. The JVM that runs it records every class it loads
 * ({@code -XX:DumpLoadedClassList}), and the archive is dumped from that list, so both {@code lede extract} and
 * {@code lede serve} find their classes (picocli's, Jackson's, ICU's, the analyzers', Javalin's and Jetty's) already
 * parsed and verified. Not a user command: it is run by the build only.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    /** @param args the article to analyse (a plain-text file) */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ClassDataTraining ARTICLE.txt");
            System.exit(2);
        }
        Path article = Path.of(args[0]);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
        Console quiet = new Console(new ByteArrayInputStream(new byte[0]), discard, System.err, false);
        int exit = LedeCommand.run(quiet, PipelineFactory::create, "extract", "--format", "jsonl", article.toString());
        if (exit != 0) {
            throw new IllegalStateException("the training extract exited with " + exit);
        }
        try (LedeServer server = LedeServer.start(PipelineFactory.create(),
                ServerConfig.defaults().withHost("127.0.0.1").withPort(0))) {
            String base = "http://127.0.0.1:" + server.port();
            expectOk(request(base + "/health", null));
            expectOk(request(base + "/v1/extract?id=training", Files.readAllBytes(article)));
        }
        System.exit(0); // the server's non-daemon threads may linger for a moment; the recording is complete
    }

    private static void expectOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("the training server answered " + status);
        }
    }

    private static int request(String url, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            if (body != null) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException("the training request to " + url + " failed", e);
        }
    }
}
