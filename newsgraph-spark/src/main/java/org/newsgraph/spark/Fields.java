package org.newsgraph.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Short names for the column types the tables use; every column is nullable, as the contract's fields are. */
final class Fields {

    private Fields() {}

    static StructField text(String name) {
        return field(name, DataTypes.StringType);
    }

    static StructField integer(String name) {
        return field(name, DataTypes.IntegerType);
    }

    static StructField bigint(String name) {
        return field(name, DataTypes.LongType);
    }

    static StructField decimal(String name) {
        return field(name, DataTypes.DoubleType);
    }

    static StructField flag(String name) {
        return field(name, DataTypes.BooleanType);
    }

    static StructField texts(String name) {
        return field(name, DataTypes.createArrayType(DataTypes.StringType, true));
    }

    static StructField rows(String name, StructType element) {
        return field(name, DataTypes.createArrayType(element, false));
    }

    static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    static StructType struct(List<StructField> fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
