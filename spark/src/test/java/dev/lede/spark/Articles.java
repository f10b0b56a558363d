package dev.lede.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/** Short articles written for these tests, as a table with the columns a news feed usually has. */
final class Articles {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("words", DataTypes.IntegerType);

    static final String FERRY = "Ferry service to resume in Galway\n\n"
            + "GALWAY, Ireland (Lede Wire) - The ferry between Galway and the Aran Islands will run again from Monday,"
            + " the operator said on Tuesday, after repairs that cost about 2.5 million euros.\n\n"
            + "\"We are glad to be back on the water,\" said Siobhan Murphy, the company's chief executive. "
            + "She said 40 crew members had been rehired.";

    static final String MARKET = "Farmers return to the Saturday market in Lyon\n\n"
            + "LYON, France - More than 120 farmers sold cheese, bread and apples at the reopened market on Saturday,"
            + " the city council said. What a morning! Mayor Paul Girard told reporters the square would stay open"
            + " until the end of October.";

    static final String STORM = "Storm closes schools in Bergen\n\nBERGEN, Norway - Schools closed on Friday as winds"
            + " of 130 kilometres per hour hit the coast. Stay indoors! Police asked drivers to avoid the E39 road.";

    private Articles() {
    }

    /** Three good articles. */
    static Dataset<Row> good(SparkSession spark) {
        return spark.createDataFrame(List.of(
                RowFactory.create("ferry", FERRY, "Ferry service to resume", "https://news.example.ie/ferry", 60),
                RowFactory.create("market", MARKET, "Market reopens", "https://news.example.fr/market", 50),
                RowFactory.create("storm", STORM, "Storm", null, 30)), SCHEMA);
    }
}
