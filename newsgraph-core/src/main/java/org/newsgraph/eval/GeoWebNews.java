package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads GeoWebNews (GWN.xml): each article's text and its toponyms that have gold coordinates. */
public final class GeoWebNews {

    /** A gold toponym: its span, type (Literal, Metonymic, ...), coordinates and GeoNames id (null when absent). */
    public record Toponym(String text, int start, int end, String type, double lat, double lon, Long geonameId) {}

    public record Doc(String id, String text, List<Toponym> toponyms) {}

    private GeoWebNews() {}

    /** @param dir the benchmark folder holding GWN.xml */
    public static List<Doc> read(Path dir) {
        Path xml = dir.resolve("GWN.xml");
        if (!Files.isRegularFile(xml)) throw new IllegalArgumentException("no GWN.xml in " + dir);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(xml.toFile());
            NodeList articles = d.getElementsByTagName("article");
            List<Doc> out = new ArrayList<>();
            for (int i = 0; i < articles.getLength(); i++) {
                Element a = (Element) articles.item(i);
                String text = child(a, "text");
                List<Toponym> tops = new ArrayList<>();
                NodeList ts = a.getElementsByTagName("toponym");
                for (int j = 0; j < ts.getLength(); j++) {
                    Element t = (Element) ts.item(j);
                    String lat = child(t, "latitude"), lon = child(t, "longitude");
                    if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) continue;
                    String id = child(t, "geonamesID");
                    tops.add(new Toponym(child(t, "extractedName"), Integer.parseInt(child(t, "start").strip()),
                            Integer.parseInt(child(t, "end").strip()), child(t, "type"), Double.parseDouble(lat.strip()),
                            Double.parseDouble(lon.strip()), id == null || id.isBlank() ? null : Long.parseLong(id.strip())));
                }
                out.add(new Doc(a.getAttribute("file"), text, tops));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }
}
