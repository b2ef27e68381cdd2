package org.newsgraph.model;

import java.util.List;

/** One person or organisation of an article, under its fullest name. */
public record Actor(String id, String name, String type, List<String> aliases, List<String> titles, int mentions) {}
