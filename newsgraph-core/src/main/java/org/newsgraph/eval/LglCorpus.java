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
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the XML that LGL and TR-News share: {@code <article docid>} with title, url, domain, dltime and text, and
 * {@code <toponym>}s with phrase, start, end and a {@code <gaztag geonameid>} giving lat and lon. A toponym without
 * coordinates is not scored (as the shared scorer does); an article keeps its position in the file, which fixes
 * the halves that development reads and does not read.
 */
public final class LglCorpus {

    /** One article, its gold toponyms in the shape GeoWebNews's are scored in. */
    public record Doc(String id, int position, String title, String url, String date, String text,
                      List<GeoWebNews.Toponym> toponyms) {

        public GeoWebNews.Doc scored() {
            return new GeoWebNews.Doc(id, text, toponyms);
        }
    }

    private LglCorpus() {}

    public static List<Doc> read(Path xml) {
        if (!Files.isRegularFile(xml)) throw new IllegalArgumentException("no such file: " + xml);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(xml.toFile());
            NodeList articles = d.getElementsByTagName("article");
            List<Doc> out = new ArrayList<>();
            for (int i = 0; i < articles.getLength(); i++) {
                Element a = (Element) articles.item(i);
                String text = child(a, "text");
                if (text == null) continue;
                List<GeoWebNews.Toponym> tops = new ArrayList<>();
                NodeList ts = a.getElementsByTagName("toponym");
                for (int j = 0; j < ts.getLength(); j++) {
                    Element t = (Element) ts.item(j);
                    Element gaz = (Element) first(t, "gaztag");
                    String lat = gaz == null ? child(t, "lat") : child(gaz, "lat");
                    String lon = gaz == null ? child(t, "lon") : child(gaz, "lon");
                    if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) continue;
                    String id = gaz == null ? "" : gaz.getAttribute("geonameid");
                    tops.add(new GeoWebNews.Toponym(child(t, "phrase"), Integer.parseInt(child(t, "start").strip()),
                            Integer.parseInt(child(t, "end").strip()), gaz == null ? null : child(gaz, "fclass"),
                            Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()),
                            id.isBlank() ? null : Long.parseLong(id.strip())));
                }
                String date = child(a, "dltime");
                out.add(new Doc(a.getAttribute("docid"), out.size(), strip(child(a, "title")), strip(child(a, "url")),
                        date == null || date.strip().length() < 10 ? null : date.strip().substring(0, 10), text, tops));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Node first(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0);
    }

    private static String child(Element e, String tag) {
        Node n = first(e, tag);
        return n == null ? null : n.getTextContent();
    }
}
