package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * A view's world map: the shared outlines ({@code <use href="#lede-world">}, drawn once per page by
 * {@link #worldDefinitions()}), the focus countries shaded, and a pin ({@code data-geoname-id}) per place with a
 * point, its area growing with the mentions. The map opens zoomed to the article's pins; the page's script
 * switches between that region and the world ({@code data-region-viewbox}, {@code data-world-viewbox}).
 */
final class MapSvg {
    static final String WORLD_ID = "lede-world";
    // Pin radius as a share of the visible width, for a place mentioned once.
    private static final double PIN_SHARE = 0.011;
    // The region never shows less than this many map units across (about 9 degrees of longitude): a lone city
    // is shown with its surroundings.
    private static final double MIN_REGION_WIDTH = 25;

    private final WorldMap world;

    MapSvg(WorldMap world) {
        this.world = world;
    }

    /** The hidden SVG holding every country outline once, {@code <g id="lede-country-XX">} per ISO code. */
    static String worldDefinitions() {
        return WorldDefinitions.HTML;
    }

    private static final class WorldDefinitions {
        static final String HTML = build(WorldMap.get());

        private static String build(WorldMap world) {
            Element svg = Markup.element("svg").attr("class", "lede-world-defs").attr("aria-hidden", "true")
                    .attr("focusable", "false").attr("width", "0").attr("height", "0");
            Element all = svg.appendElement("defs").appendElement("g").attr("id", WORLD_ID);
            world.byCode().forEach((code, outlines) -> {
                Element group = all.appendElement("g");
                if (!code.equals("-")) {
                    group.attr("id", countryId(code));
                }
                for (WorldMap.Country c : outlines) {
                    // As an attribute: <use> clones carry it, where a style sheet rule for the originals does not
                    // reach them in every browser. Outlines stay one pixel wide at any zoom.
                    group.appendElement("path").attr("d", c.path()).attr("data-country", c.name())
                            .attr("vector-effect", "non-scaling-stroke");
                }
            });
            return Markup.html(svg);
        }
    }

    static String countryId(String code) {
        return "lede-country-" + code;
    }

    Element render(String viewId, JsonNode result, List<PlacePins.Pin> pins) {
        Element figure = Markup.element("figure").attr("class", "lede-map");
        String worldBox = box(0, 0, world.width(), world.height());
        double[] region = region(pins);
        String regionBox = box(region[0], region[1], region[2], region[3]);
        Element svg = figure.appendElement("svg")
                .attr("viewBox", regionBox)
                .attr("data-region-viewbox", regionBox)
                .attr("data-world-viewbox", worldBox)
                .attr("role", "group")
                .attr("aria-labelledby", viewId + "-map-caption")
                .attr("preserveAspectRatio", "xMidYMid meet");
        svg.appendElement("rect").attr("class", "lede-sea").attr("x", "-5000").attr("y", "-5000")
                .attr("width", "11000").attr("height", "11000");
        svg.appendElement("use").attr("href", "#" + WORLD_ID).attr("class", "lede-land");
        for (JsonNode focus : result.path("focus")) {
            String code = focus.path("countryCode").asText("");
            if (focus.path("level").asText().equals("country") && world.hasCountry(code)) {
                svg.appendElement("use").attr("href", "#" + countryId(code)).attr("class", "lede-focus")
                        .attr("data-country-code", code);
            }
        }
        Element group = svg.appendElement("g").attr("class", "lede-pins");
        // Larger pins first so that smaller ones stay on top and reachable.
        for (PlacePins.Pin pin : PlacePins.byMentions(pins)) {
            group.appendChild(pin(pin, region[2]));
        }
        figure.appendChild(caption(viewId, result, pins));
        return figure;
    }

    private Element pin(PlacePins.Pin pin, double visibleWidth) {
        NaturalEarthProjection.Point p = world.projection().project(pin.lon(), pin.lat());
        double size = 1 + 0.6 * Math.sqrt(pin.mentions() - 1);
        String label = pin.name() + (pin.countryCode().isEmpty() ? "" : ", " + Describe.country(pin.countryCode()))
                + ": " + Describe.plural(pin.mentions(), "mention");
        Element circle = Markup.element("circle").attr("class", "lede-pin")
                .attr("cx", num(p.x())).attr("cy", num(p.y()))
                .attr("r", num(size * PIN_SHARE * visibleWidth))
                .attr("data-size", num(size))
                .attr("data-geoname-id", pin.geonameId())
                .attr("data-pin", pin.key())
                .attr("data-mentions", Integer.toString(pin.mentions()))
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-label", label);
        circle.appendElement("title").text(label);
        return circle;
    }

    private Element caption(String viewId, JsonNode result, List<PlacePins.Pin> pins) {
        Element caption = Markup.element("figcaption").attr("id", viewId + "-map-caption");
        StringBuilder text = new StringBuilder("Map: ").append(Describe.plural(pins.size(), "place"));
        List<String> focus = Markup.stream(result.path("focus"))
                .filter(f -> f.path("level").asText().equals("country"))
                .map(f -> f.path("name").asText()).toList();
        if (!focus.isEmpty()) {
            text.append("; focus ").append(String.join(", ", focus)).append(" (shaded)");
        }
        caption.appendElement("span").text(text.toString());
        Element buttons = caption.appendElement("span").attr("class", "lede-map-zoom");
        buttons.appendElement("button").attr("type", "button").attr("data-zoom", "region")
                .attr("aria-pressed", "true").text("Region");
        buttons.appendElement("button").attr("type", "button").attr("data-zoom", "world")
                .attr("aria-pressed", "false").text("World");
        return caption;
    }

    /** {x, y, width, height} around the pins with a margin, in the map's aspect ratio; the world without pins. */
    double[] region(List<PlacePins.Pin> pins) {
        if (pins.isEmpty()) {
            return new double[] {0, 0, world.width(), world.height()};
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PlacePins.Pin pin : pins) {
            NaturalEarthProjection.Point p = world.projection().project(pin.lon(), pin.lat());
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double aspect = world.width() / world.height();
        double width = Math.max(MIN_REGION_WIDTH, (maxX - minX) * 1.5);
        double height = Math.max(width / aspect, (maxY - minY) * 1.5);
        width = Math.min(world.width(), Math.max(width, height * aspect));
        height = Math.min(world.height(), width / aspect);
        double x = clamp((minX + maxX) / 2 - width / 2, 0, world.width() - width);
        double y = clamp((minY + maxY) / 2 - height / 2, 0, world.height() - height);
        return new double[] {x, y, width, height};
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static String box(double x, double y, double w, double h) {
        return num(x) + " " + num(y) + " " + num(w) + " " + num(h);
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
