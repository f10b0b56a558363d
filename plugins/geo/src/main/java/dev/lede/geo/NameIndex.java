package dev.lede.geo;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable map from name keys to the places (gazetteer indexes) they name, in arrays: the keys in a
 * {@link StringPool}, an open-addressing hash table of key numbers, and each key's places in one shared int array.
 * Built once from the gazetteer source and stored as such in its binary image, so loading it is copying arrays rather
 * than hashing 600,000 strings into a {@code HashMap}. Hand-written because no library in the build offers a
 * string-keyed map that loads from flat arrays.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];

    private final StringPool keys;
    /** Key number + 1 at the slot the key hashes to (or the next free one); 0 marks an empty slot. */
    private final int[] slots;
    private final int[] placeStarts;
    private final int[] places;

    NameIndex(StringPool keys, int[] slots, int[] placeStarts, int[] places) {
        if (Integer.bitCount(slots.length) != 1 || placeStarts.length != keys.size() + 1) {
            throw new IllegalArgumentException("inconsistent name index");
        }
        this.keys = keys;
        this.slots = slots;
        this.placeStarts = placeStarts;
        this.places = places;
    }

    /** An index of {@code keys}, each naming the places {@code placesOfKey.get(i)} in that order. */
    static NameIndex of(List<String> keys, List<int[]> placesOfKey) {
        int[] slots = new int[tableSize(keys.size())];
        for (int k = 0; k < keys.size(); k++) {
            int s = slot(keys.get(k).hashCode(), slots.length);
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = k + 1;
        }
        int[] starts = new int[keys.size() + 1];
        int total = 0;
        for (int k = 0; k < keys.size(); k++) {
            starts[k] = total;
            total += placesOfKey.get(k).length;
        }
        starts[keys.size()] = total;
        int[] all = new int[total];
        for (int k = 0; k < keys.size(); k++) {
            System.arraycopy(placesOfKey.get(k), 0, all, starts[k], placesOfKey.get(k).length);
        }
        return new NameIndex(StringPool.of(keys), slots, starts, all);
    }

    /** A set of keys: an index whose keys name no places. */
    static NameIndex setOf(List<String> keys) {
        return of(keys, java.util.Collections.nCopies(keys.size(), NONE));
    }

    // at most about half full, so a missing key ends its probe after a slot or two
    private static int tableSize(int keys) {
        return Integer.highestOneBit(Math.max(2, keys * 2 - 1)) << 1;
    }

    // spreads String.hashCode's low bits, which are poor for short keys that differ in their first letters
    private static int slot(int hash, int size) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (size - 1);
    }

    /** The key's number, or -1 when it is not in the index. */
    int find(String key) {
        int s = slot(key.hashCode(), slots.length);
        for (int k; (k = slots[s]) != 0; s = (s + 1) & (slots.length - 1)) {
            if (keys.equalsAt(k - 1, key)) {
                return k - 1;
            }
        }
        return -1;
    }

    boolean contains(String key) {
        return find(key) >= 0;
    }

    /** The places the key names, in gazetteer order; empty when it is not in the index. */
    int[] placesOf(String key) {
        int k = find(key);
        return k < 0 ? NONE : Arrays.copyOfRange(places, placeStarts[k], placeStarts[k + 1]);
    }

    int size() {
        return keys.size();
    }

    String key(int k) {
        return keys.get(k);
    }

    StringPool keys() {
        return keys;
    }

    int[] slots() {
        return slots;
    }

    int[] placeStarts() {
        return placeStarts;
    }

    int[] places() {
        return places;
    }
}
