package dev.lede.entity.model;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to row numbers. Written by hand because the model holds
 * hundreds of thousands of features and boxing them in a {@code HashMap<Long,Integer>} would cost several times
 * the memory and most of the tagging time; none of the project's libraries has a primitive map.
 * Key 0 is reserved as the empty marker (a feature hash of 0 is remapped by {@link FeatureHasher}).
 */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
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
        for (long key : keys) {
            if (key != 0) {
                out[k++] = key;
            }
        }
        return out;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
