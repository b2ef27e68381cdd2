package org.newsgraph.eval;

import java.util.List;

/** A system under evaluation: the attributions it finds in one plain-text article, in the file's offsets. */
public interface Attributor {

    String name();

    List<BratAttribution> attribute(String name, String fileText);
}
