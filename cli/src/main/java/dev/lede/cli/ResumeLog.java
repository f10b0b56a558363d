package dev.lede.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lede.json.LedeJson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Lines output of an earlier run that may have been killed: the ids of its complete records, in order.
 * A record is complete when its line ends with a line break (each is written whole and then the break); a torn
 * last line, what a {@code kill -9} in the middle of a write leaves, is cut off the file so appending goes on from
 * a clean end.
 */
final class ResumeLog {
    private ResumeLog() {
    }

    /**
     * Cuts a torn last line off {@code file} and returns the ids of the records before it. A missing file has none.
     *
     * @throws UsageException when a complete line is not a Lede record (the file is not an output of {@code extract})
     */
    static List<String> completeRecords(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = endOfLastLine(channel);
            if (end < channel.size()) {
                channel.truncate(end);
            }
            channel.position(0);
            return ids(new BoundedStream(Channels.newInputStream(channel), end), file);
        }
    }

    // The offset just past the last line break, 0 when there is none; read backwards in blocks.
    private static long endOfLastLine(FileChannel channel) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(64 * 1024);
        long pos = channel.size();
        while (pos > 0) {
            long from = Math.max(0, pos - block.capacity());
            block.clear().limit((int) (pos - from));
            channel.read(block, from);
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            pos = from;
        }
        return 0;
    }

    // Streams the records as root-level JSON values, reading each one's top-level "id" and skipping the rest, so a
    // multi-gigabyte output is checked without holding a record in memory.
    private static List<String> ids(InputStream in, Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        try (JsonParser parser = LedeJson.mapper().getFactory().createParser(new BufferedInputStream(in))) {
            for (JsonToken t; (t = parser.nextToken()) != null; ) {
                if (t != JsonToken.START_OBJECT) {
                    throw notARecord(file, ids.size());
                }
                String id = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                        id = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (id == null) {
                    throw notARecord(file, ids.size());
                }
                ids.add(id);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw notARecord(file, ids.size());
        }
        return ids;
    }

    private static UsageException notARecord(Path file, int index) {
        return new UsageException("cannot resume: line " + (index + 1) + " of " + file
                + " is not a record of lede extract; give a new output file or remove this one");
    }

    /** The first {@code limit} bytes of a stream: the complete lines, not whatever a writer may still append. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
