using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InstaIntel.Api.Persistence;

/// <summary>The tables a whole database of this app holds, as a model names them: what backup and restore checks ask for.</summary>
public static class ModelTables
{
    /// <summary>Every table of <paramref name="model"/> and EF's migration history, in ordinal order.</summary>
    public static string[] Of(IReadOnlyModel model) =>
        [.. model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append(HistoryRepository.DefaultTableName).Distinct().Order(StringComparer.Ordinal)];
}
