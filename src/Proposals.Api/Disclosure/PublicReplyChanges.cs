using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Proposals.Api.Disclosure;

/// <summary>
/// The change log each node's search index follows (<see cref="PublicSearchFeed"/>): triggers on the public table
/// record every write to a published item, whoever makes it (the async daemon, a rebuild from another process, a bulk
/// load), with the id of the writing transaction. A reader that keeps the oldest transaction still running at its
/// last read (<c>pg_snapshot_xmin</c>) misses nothing, however transactions interleave. <c>TRUNCATE</c> records a
/// row without an item: the index starts again from the table.
/// </summary>
public sealed class PublicReplyChanges(StoreOptions options) : FeatureSchemaBase("PublicReplyChanges", options.Advanced.Migrator)
{
    public const string TableName = "public_reply_changes";
    private const string Function = "public_reply_changed";

    public override IEnumerable<Type> DependentTypes() => [typeof(PublicReply)];

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var schema = options.DatabaseSchemaName;
        var target = ((IReadOnlyStoreOptions)options).FindOrResolveDocumentType(typeof(PublicReply)).TableName;

        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn("position", "xid8").NotNull();
        table.AddColumn("tenant_id", "varchar").NotNull();
        table.AddColumn<Guid>("id"); // null: the public table was emptied
        // The time of the write, not of its transaction's start (now()): the log is pruned by age, and a long transaction's
        // rows would otherwise look old enough to prune as soon as they were committed.
        table.AddColumn("recorded_at", "timestamp with time zone").NotNull().DefaultValueByExpression("clock_timestamp()");
        table.Indexes.Add(new IndexDefinition($"{TableName}_position") { Columns = ["position"] });
        yield return table;

        // Written as Marten writes its functions (AS $$ DECLARE … $$ LANGUAGE plpgsql), the form Weasel compares with
        // what PostgreSQL gives back; in any other a migration would find it changed every time and drop it with its triggers.
        var log = $"{schema}.{TableName}";
        yield return Weasel.Postgresql.Functions.Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{schema}}.{{Function}}() RETURNS trigger AS $$
            DECLARE
            BEGIN
              IF TG_OP = 'TRUNCATE' THEN
                INSERT INTO {{log}} (position, tenant_id, id) VALUES (pg_current_xact_id(), '', NULL);
              ELSIF TG_OP = 'DELETE' THEN
                IF OLD.published_on IS NOT NULL THEN
                  INSERT INTO {{log}} (position, tenant_id, id) VALUES (pg_current_xact_id(), OLD.tenant_id, OLD.id);
                END IF;
              ELSIF NEW.published_on IS NOT NULL THEN
                INSERT INTO {{log}} (position, tenant_id, id) VALUES (pg_current_xact_id(), NEW.tenant_id, NEW.id);
              ELSIF TG_OP = 'UPDATE' THEN
                IF OLD.published_on IS NOT NULL THEN
                  INSERT INTO {{log}} (position, tenant_id, id) VALUES (pg_current_xact_id(), NEW.tenant_id, NEW.id);
                END IF;
              END IF;
              RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;
            """);

        // One trigger per kind of statement, each in the order pg_get_triggerdef writes it, so Weasel finds them unchanged.
        var call = $"{schema}.{Function}()";
        yield return new Trigger(new PostgresqlObjectName(schema, "public_reply_written", SchemaUtils.IdentifierUsage.General), target, call)
            { Timing = TriggerTiming.After, Events = TriggerEvents.Insert | TriggerEvents.Update };
        yield return new Trigger(new PostgresqlObjectName(schema, "public_reply_deleted", SchemaUtils.IdentifierUsage.General), target, call)
            { Timing = TriggerTiming.After, Events = TriggerEvents.Delete };
        yield return new Trigger(new PostgresqlObjectName(schema, "public_reply_emptied", SchemaUtils.IdentifierUsage.General), target, call)
            { Timing = TriggerTiming.After, Events = TriggerEvents.Truncate, ForEachRow = false };
    }
}
