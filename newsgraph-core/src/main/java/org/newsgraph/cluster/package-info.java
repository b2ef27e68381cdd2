/**
 * Articles that tell the same story: near-duplicate reprints found by MinHash over word shingles.
 * Pure functions of the text; the store keeps the signatures and assigns the story ids.
 */
package org.newsgraph.cluster;
