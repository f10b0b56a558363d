package dev.lede.entity.model;

/**
 * An open-addressing map from 64-bit feature hashes to row numbers. Written by hand because the model holds
 * hundreds of thousands of features and boxing them in a {@code HashMap<Long,Integer>} would cost several times
 * the memory and most of the tagging time; none of the project's libraries has a primitive map.
 * Key 0 is reserved as the empty marker (a feature hash of 0 is remapped by {@link FeatureHasher}).
 *
 * <p>Each slot keeps its key and its value side by side in one array ({@code table[2s]}, {@code table[2s + 1]}):
 * a look-up in a table of megabytes then touches one cache line instead of one in a key array and another in a
 * value array, and the tagger's look-ups are mostly cache misses.
 */
public final class LongIntMap {
    private long[] table;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[2 * capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        long[] t = table;
        int slot = slot(key);
        while (true) {
            long k = t[2 * slot];
            if (k == key) {
                return (int) t[2 * slot + 1];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > capacity()) {
            grow();
        }
        int slot = slot(key);
        while (table[2 * slot] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (table[2 * slot] == 0) {
            size++;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the new value. */
    public int add(long key, int delta) {
        int old = get(key);
        int v = (old < 0 ? 0 : old) + delta;
        put(key, v);
        return v;
    }

    /** The keys, in no particular order. */
    public long[] keys() {
        long[] out = new long[size];
        int k = 0;
        for (int slot = 0; slot < table.length; slot += 2) {
            if (table[slot] != 0) {
                out[k++] = table[slot];
            }
        }
        return out;
    }

    private int capacity() {
        return table.length / 2;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = capacity() - 1;
        size = 0;
        for (int slot = 0; slot < old.length; slot += 2) {
            if (old[slot] != 0) {
                put(old[slot], (int) old[slot + 1]);
            }
        }
    }
}
