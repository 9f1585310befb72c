namespace HmiApp.Tests.TestSupport;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The web app as built beside these tests (same configuration).</summary>
    public static string AppDirectory
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(Root, "HmiApp", "bin", configuration, "net10.0");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hmi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hmi.sln not found above " + AppContext.BaseDirectory);
    }
}
