package io.strikeline.registry.core;

/** Small hand-written schemas for registry tests. */
final class TestSchemas {

    static final String STRIKE_V1 = """
            {"type":"record","name":"Strike","namespace":"test","fields":[
              {"name":"region","type":"string"}]}""";

    /** V1 plus an optional field with a default: compatible in every direction. */
    static final String STRIKE_V2_OPTIONAL_FIELD = """
            {"type":"record","name":"Strike","namespace":"test","fields":[
              {"name":"region","type":"string"},
              {"name":"launched","type":["null","int"],"default":null}]}""";

    /** V1 plus a required field without default: new readers cannot read old data (not BACKWARD). */
    static final String STRIKE_V2_REQUIRED_FIELD = """
            {"type":"record","name":"Strike","namespace":"test","fields":[
              {"name":"region","type":"string"},
              {"name":"weapon","type":"string"}]}""";

    /** The region field changes type: incompatible both ways. */
    static final String STRIKE_REGION_AS_INT = """
            {"type":"record","name":"Strike","namespace":"test","fields":[
              {"name":"region","type":"int"}]}""";

    static final String REPORT = """
            {"type":"record","name":"Report","namespace":"test","fields":[
              {"name":"id","type":"string"}]}""";

    private TestSchemas() {
    }
}
