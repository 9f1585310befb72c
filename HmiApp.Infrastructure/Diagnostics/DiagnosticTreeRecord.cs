namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>A tree version that was accepted; the newest stored version is the one in force after a restart.</summary>
public sealed class DiagnosticTreeRecord
{
    public required string TreeId { get; set; }

    public int Version { get; set; }

    public long StoredAtMs { get; set; }

    public required string Json { get; set; }
}
