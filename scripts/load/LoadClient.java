// A small load and fault client for `lede serve`, run as a single source file (java LoadClient.java ...): loopback
// only, every phase bounded in time. Used by scripts/load/run.sh; prints one line per phase.
//
// Why a Java client rather than wrk: counts by status, p50/p99 of the 200s alone, the Retry-After of each 503, slow
// uploads and a SIGTERM at a known moment are all a few lines here, and the JDK is all it needs.

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadClient {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        switch (mode) {
            case "load" -> load(port, Files.readString(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), false, -1, -1);
            case "saturate" -> load(port, Files.readString(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), true, -1, -1);
            case "sigterm" -> load(port, Files.readString(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), false, Long.parseLong(args[5]), Integer.parseInt(args[6]));
            case "slow" -> slow(port, Files.readString(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "overbudget" -> overBudget(port, Integer.parseInt(args[2]), Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException("mode " + mode);
        }
    }

    record Outcome(long startNanos, long nanos, int status, boolean retryAfter, String error) {
    }

    static Outcome post(int port, String body, long t0) {
        long start = System.nanoTime();
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/extract?text=false"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(start - t0, System.nanoTime() - start, res.statusCode(),
                    res.headers().firstValue("Retry-After").isPresent(), null);
        } catch (Exception e) {
            return new Outcome(start - t0, System.nanoTime() - start, 0, false,
                    e instanceof ConnectException ? "refused" : e.getClass().getSimpleName());
        }
    }

    // C threads posting the article back to back for the given seconds. With `heap`, samples the server's heap from
    // /metrics each second; with a pid, sends it SIGTERM after `sigtermAfterMillis`.
    static void load(int port, String article, int concurrency, int seconds, boolean heap, long sigtermAfterMillis,
                     long pid) throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong sigtermAt = new AtomicLong(-1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    Outcome o = post(port, article, t0);
                    outcomes.add(o);
                    if (sigtermAt.get() >= 0 && "refused".equals(o.error())) {
                        break; // the server has stopped listening
                    }
                }
            });
        }
        long maxHeap = 0;
        long heapLimit = 0;
        while (System.nanoTime() < end && !pool.isTerminated()) {
            Thread.sleep(heap ? 1000 : 100);
            if (heap) {
                long[] h = heap(port);
                maxHeap = Math.max(maxHeap, h[0]);
                heapLimit = h[1];
            }
            if (pid > 0 && sigtermAt.get() < 0 && System.nanoTime() - t0 > TimeUnit.MILLISECONDS.toNanos(sigtermAfterMillis)) {
                sigtermAt.set(System.nanoTime() - t0);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // SIGTERM
            }
        }
        pool.shutdown();
        pool.awaitTermination(3, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        String line = String.format("concurrency %d, %d s: %s", concurrency, seconds, summary(outcomes, elapsed));
        if (heap) {
            line += String.format(", heap max %d MB of %d MB (-Xmx)", maxHeap >> 20, heapLimit >> 20);
        }
        System.out.println(line);
        if (pid > 0) {
            long at = sigtermAt.get();
            // In flight at SIGTERM: started before it and not yet answered.
            Map<String, Integer> inFlight = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (o.startNanos() < at && o.startNanos() + o.nanos() > at) {
                    inFlight.merge(o.error() == null ? Integer.toString(o.status()) : o.error(), 1, Integer::sum);
                }
            }
            System.out.println(String.format("SIGTERM at %.1f s: requests in flight then ended as %s", at / 1e9, inFlight));
        }
    }

    static String summary(List<Outcome> outcomes, double seconds) {
        List<Long> ok = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int retry503 = 0;
        int n503 = 0;
        synchronized (outcomes) {
            for (Outcome o : outcomes) {
                byStatus.merge(o.error() == null ? Integer.toString(o.status()) : o.error(), 1, Integer::sum);
                if (o.status() == 200) {
                    ok.add(o.nanos());
                }
                if (o.status() == 503) {
                    n503++;
                    retry503 += o.retryAfter() ? 1 : 0;
                }
            }
        }
        Collections.sort(ok);
        return String.format("%.1f requests/s (%.1f answered 200/s), 200s p50 %.0f ms p99 %.0f ms, by status %s%s",
                outcomes.size() / seconds, ok.size() / seconds, pct(ok, 0.50), pct(ok, 0.99), byStatus,
                n503 > 0 ? String.format(", Retry-After on %d of %d 503s", retry503, n503) : "");
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.Ee+]+)", Pattern.MULTILINE);
    static final Pattern HEAP_MAX = Pattern.compile("^jvm_memory_max_bytes\\{area=\"heap\"[^}]*} ([0-9.Ee+-]+)", Pattern.MULTILINE);

    // {used, max} heap bytes of the server, summed over its heap pools.
    static long[] heap(int port) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new long[]{sum(HEAP_USED.matcher(metrics)), sum(HEAP_MAX.matcher(metrics))};
        } catch (Exception e) {
            return new long[]{0, 0};
        }
    }

    static long sum(Matcher m) {
        double total = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            total += v > 0 ? v : 0;
        }
        return (long) total;
    }

    // `slowClients` uploads at one byte a second beside one normal client posting back to back.
    static void slow(int port, String article, int slowClients, int seconds) throws Exception {
        String head = "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n";
        List<Socket> sockets = new ArrayList<>();
        Map<String, Integer> slowEnds = new ConcurrentHashMap<>();
        for (int i = 0; i < slowClients; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port));
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            sockets.add(s);
        }
        Thread trickle = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (Socket s : sockets) {
                    try {
                        if (!s.isClosed()) {
                            s.getOutputStream().write('a');
                        }
                    } catch (IOException e) {
                        // answered and closed by the server; its answer is read below
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        trickle.setDaemon(true);
        trickle.start();
        List<Outcome> normal = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            normal.add(post(port, article, t0));
        }
        trickle.interrupt();
        for (Socket s : sockets) {
            s.setSoTimeout(100);
            String answer = "";
            try (InputStream in = s.getInputStream()) {
                byte[] buf = in.readNBytes(12);
                answer = new String(buf, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                answer = "no answer";
            }
            slowEnds.merge(answer.startsWith("HTTP/1.1 ") ? answer.substring(9).trim() : "no answer yet", 1, Integer::sum);
            s.close();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.println(String.format("%d uploads at 1 byte/s beside one client, %d s: the client %s; the slow uploads got %s",
                slowClients, seconds, summary(normal, elapsed), slowEnds));
    }

    // n documents far over the server's budget, two at a time; then the server's process CPU in the second after the
    // last answer and in the four seconds after that.
    static void overBudget(int port, int n, long pid) throws Exception {
        String article = longArticle(80_000);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < n; i++) {
            pool.execute(() -> outcomes.add(post(port, article, t0)));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long cpu0 = cpuMillis(pid);
        Thread.sleep(1000);
        long cpu1 = cpuMillis(pid);
        Thread.sleep(4000);
        long cpu5 = cpuMillis(pid);
        Thread.sleep(5000);
        long cpu10 = cpuMillis(pid);
        Map<String, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.error() == null ? Integer.toString(o.status()) : o.error(), 1, Integer::sum));
        System.out.println(String.format("%d over-budget documents (%d kB each): answered %s; server process CPU %d ms "
                        + "in the second after the last answer, %d ms in the 4 s after that, %d ms in the 5 s after those "
                        + "(all threads: GC and JIT included)", n, article.length() / 1000, byStatus, cpu1 - cpu0,
                cpu5 - cpu1, cpu10 - cpu5));
    }

    // utime + stime of a Linux process, in milliseconds (clock ticks of 10 ms).
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    // Made-up wire copy of about `tokens` tokens, with run-on sentences (as the test kit's long article).
    static String longArticle(int tokens) {
        String[] people = {"Ana Duarte", "Sam Okafor", "Paola Ricci", "Jonas Berg", "Mei Tanaka", "Omar Haddad"};
        String[] places = {"Lisbon", "Porto", "Genoa", "Perth", "Oslo", "Nairobi", "Quebec", "Valparaiso"};
        Random r = new Random(7);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < tokens) {
            StringBuilder s = new StringBuilder(people[r.nextInt(6)] + " said the line to " + places[r.nextInt(8)]
                    + " would cost " + (1 + r.nextInt(9)) + ".5 million euros");
            int clauses = r.nextInt(10) == 0 ? 100 : 1;
            for (int i = 0; i < clauses; i++) {
                s.append(", and ").append(people[r.nextInt(6)]).append(" visited ").append(places[r.nextInt(8)]);
            }
            text.append(s).append(". ");
            count += s.length() / 5;
        }
        return text.toString();
    }
}
