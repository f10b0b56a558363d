package dev.lede.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.DocumentInput;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an article's parts are in an input row, and how a row becomes a document. A row is read exactly as the CLI
 * reads one line of JSON Lines: the id and text columns become {@code "id"} and {@code "text"}, every other column
 * becomes metadata (title, date, source, url and language in their slots, the rest as extra fields), and the whole
 * record is held to the same size limit. Going through Lede's own JSON reader is what makes a table and a JSON Lines
 * file of the same articles give the same documents, and so the same results.
 *
 * <p>A row Spark could not parse (JSON Lines read in permissive mode put it in {@code _corrupt_record}) is handed to
 * the reader as it was, which reports why it is not valid JSON.
 *
 * @param textIndex    position of the text column
 * @param idIndex      position of the id column, -1 when there is none
 * @param corruptIndex position of {@code _corrupt_record}, -1 when there is none
 * @param errorIndex   position of {@code _input_error}, -1 when there is none
 * @param metadata     positions of the columns that become metadata
 * @param record       the schema of the JSON record a row becomes: id, text, then the metadata columns
 */
record ArticleColumns(int textIndex, int idIndex, int corruptIndex, int errorIndex, List<Integer> metadata,
                      StructType record)
        implements Serializable {

    /** The column Spark's JSON reader fills with lines it cannot parse. */
    static final String CORRUPT_RECORD = "_corrupt_record";
    /** The column in which an earlier reader (of web archives, say) says why it could not read an article. */
    static final String INPUT_ERROR = "_input_error";

    /**
     * @throws IllegalArgumentException when the text column is missing, or the id column is not a string or number
     */
    static ArticleColumns of(StructType input, String textColumn, String idColumn) {
        List<String> names = Arrays.asList(input.fieldNames());
        int text = names.indexOf(textColumn);
        if (text < 0) {
            throw new IllegalArgumentException("the articles have no column '" + textColumn + "' for the text;"
                    + " columns: " + String.join(", ", names) + " (choose another with the text column option)");
        }
        int id = names.indexOf(idColumn);
        if (id >= 0 && !(input.fields()[id].dataType() instanceof AtomicType)
                || id >= 0 && input.fields()[id].dataType() instanceof BinaryType) {
            throw new IllegalArgumentException("the id column '" + idColumn + "' must hold strings or numbers, not "
                    + input.fields()[id].dataType().simpleString());
        }
        int corrupt = names.indexOf(CORRUPT_RECORD);
        int error = names.indexOf(INPUT_ERROR);
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("id", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("text", input.fields()[text].dataType(), true));
        List<Integer> metadata = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // A column that would shadow the chosen id or text ("text" when the text is in "body") is left out.
            boolean reserved = name.equals("id") || name.equals("text");
            if (i != text && i != id && i != corrupt && i != error && !reserved) {
                metadata.add(i);
                fields.add(input.fields()[i]);
            }
        }
        return new ArticleColumns(text, id, corrupt, error, List.copyOf(metadata),
                new StructType(fields.toArray(StructField[]::new)));
    }

    /**
     * The document of one row, or the reason it cannot be read.
     *
     * @param fallbackId the id when the row has none
     */
    DocumentInput read(Row row, String fallbackId, DocumentReader reader) {
        String id = idIndex >= 0 && !row.isNullAt(idIndex) ? String.valueOf(row.get(idIndex)) : fallbackId;
        if (errorIndex >= 0 && !row.isNullAt(errorIndex)) {
            return DocumentInput.failed(id, String.valueOf(row.get(errorIndex)));
        }
        byte[] json;
        try {
            json = corruptIndex >= 0 && !row.isNullAt(corruptIndex)
                    ? row.getString(corruptIndex).getBytes(StandardCharsets.UTF_8) : record(row, id);
        } catch (RuntimeException | IOException e) {
            return DocumentInput.failed(id, "cannot read the row: " + e);
        }
        List<DocumentInput> documents = reader.readBytes(json, id, InputFormat.JSON);
        if (documents.size() != 1) {
            return DocumentInput.failed(id, "expected one JSON object, found " + documents.size());
        }
        DocumentInput input = documents.get(0);
        // A failed read is reported under the row's id, not the reader's name for the record.
        return input.ok() ? input : DocumentInput.failed(id, input.error());
    }

    /**
     * The row as one JSON record: id, text, then the metadata columns that are not null (a null "url" would hide
     * the url of a nested metadata object, as a missing field does not). Written with Jackson when every value is a
     * string, number or boolean (the usual article), else by Spark's own {@code Row.json}, which knows every type.
     */
    private byte[] record(Row row, String id) throws IOException {
        List<Object> values = new ArrayList<>(2 + metadata.size());
        List<StructField> fields = new ArrayList<>(2 + metadata.size());
        values.add(id);
        fields.add(record.fields()[0]);
        values.add(row.get(textIndex));
        fields.add(record.fields()[1]);
        boolean scalars = true;
        for (int i = 0; i < metadata.size(); i++) {
            Object value = row.get(metadata.get(i));
            if (value != null) {
                values.add(value);
                fields.add(record.fields()[2 + i]);
                scalars &= value instanceof String || value instanceof Number || value instanceof Boolean;
            }
        }
        if (!scalars || !(values.get(1) == null || values.get(1) instanceof String)) {
            return new GenericRowWithSchema(values.toArray(), new StructType(fields.toArray(StructField[]::new)))
                    .json().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (values.get(1) == null ? 0
                : ((String) values.get(1)).length() * 11 / 10));
        try (JsonGenerator g = LedeJson.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                g.writeFieldName(fields.get(i).name());
                Object v = values.get(i);
                if (v == null) {
                    g.writeNull();
                } else if (v instanceof String str) {
                    g.writeString(str);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (v instanceof java.math.BigDecimal d) {
                    g.writeNumber(d);
                } else if (v instanceof Double || v instanceof Float) {
                    g.writeNumber(((Number) v).doubleValue());
                } else {
                    g.writeNumber(((Number) v).longValue());
                }
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
