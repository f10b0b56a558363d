package dev.lede.annotation;

/** Entity types. NORP: nationalities, religious and political groups ("Ukrainian", "Democrats"). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, NORP, MISC
}
