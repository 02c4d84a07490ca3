"""Confluent's own Python Avro client (confluent_kafka.avro, Debian's python3-confluent-kafka) used as an
independent peer in strikeline's interoperability test.

  consume BOOTSTRAP REGISTRY TOPIC COUNT
      reads COUNT records with AvroConsumer (schemas fetched from REGISTRY by id) and prints one JSON
      line per record: {"key": ..., "value": ...}; dates and timestamps as ISO strings.
  produce BOOTSTRAP REGISTRY TOPIC VALUE_SCHEMA_FILE RECORDS_FILE
      produces the records of RECORDS_FILE (a JSON list of {"key": string, "value": object}) with
      AvroProducer: values with the schema in VALUE_SCHEMA_FILE, keys with the Avro "string" schema.
      Values in JSON form are converted to the Python types the Avro library expects for logical types.
"""
import datetime
import json
import sys
import uuid

import avro.schema
from confluent_kafka.avro import AvroConsumer, AvroProducer, loads


def to_json(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError("cannot encode %r" % (value,))


def from_json(schema, value):
    """Turns JSON values into what avro-python expects: date/datetime objects for logical types."""
    if value is None:
        return None
    if isinstance(schema, avro.schema.UnionSchema):
        for branch in schema.schemas:
            if branch.type != "null":
                return from_json(branch, value)
    logical = schema.get_prop("logicalType")
    if logical == "date":
        return datetime.date.fromisoformat(value)
    if logical == "timestamp-millis":
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if schema.type == "record":
        return {field.name: from_json(field.type, value.get(field.name)) for field in schema.fields}
    if schema.type == "array":
        return [from_json(schema.items, item) for item in value]
    if schema.type == "map":
        return {key: from_json(schema.values, item) for key, item in value.items()}
    return value


def consume(bootstrap, registry, topic, count):
    consumer = AvroConsumer({
        "bootstrap.servers": bootstrap,
        "schema.registry.url": registry,
        "group.id": "interop-" + uuid.uuid4().hex,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    consumer.subscribe([topic])
    seen = 0
    idle_polls = 0
    try:
        while seen < count and idle_polls < 60:
            message = consumer.poll(1.0)
            if message is None:
                idle_polls += 1
                continue
            if message.error():
                raise RuntimeError(str(message.error()))
            print(json.dumps({"key": message.key(), "value": message.value()}, default=to_json), flush=True)
            seen += 1
    finally:
        consumer.close()
    if seen < count:
        raise SystemExit("read only %d of %d records from %s" % (seen, count, topic))


def produce(bootstrap, registry, topic, schema_file, records_file):
    with open(schema_file) as f:
        value_schema = loads(f.read())
    key_schema = loads('"string"')
    with open(records_file) as f:
        records = json.load(f)
    producer = AvroProducer({"bootstrap.servers": bootstrap, "schema.registry.url": registry},
                            default_key_schema=key_schema, default_value_schema=value_schema)
    for record in records:
        producer.produce(topic=topic, key=record["key"], value=from_json(value_schema, record["value"]))
    remaining = producer.flush(30)
    if remaining:
        raise SystemExit("%d records not delivered" % remaining)
    print("produced %d" % len(records), flush=True)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "consume":
        consume(args[0], args[1], args[2], int(args[3]))
    elif command == "produce":
        produce(*args)
    else:
        raise SystemExit("unknown command " + command)
