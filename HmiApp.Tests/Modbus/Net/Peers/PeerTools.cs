using System.Diagnostics;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Tells whether the Debian packages behind a peer are installed, and where its programs are.</summary>
public static class PeerTools
{
    /// <summary>Debian's python3 with python3-pymodbus; the python3 first on PATH may be another one without it.</summary>
    public const string SystemPython = "/usr/bin/python3";

    public static string? MissingReason(PeerTool tool)
    {
        var packages = tool switch
        {
            PeerTool.Pymodbus => new[] { "python3-pymodbus" },
            PeerTool.Libmodbus => new[] { "libmodbus-dev", "gcc", "pkg-config" },
            PeerTool.Mbpoll => new[] { "mbpoll" },
            _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown peer tool."),
        };
        return MissingReason(packages);
    }

    /// <summary>Null when every Debian package is installed, else a reason naming the missing ones.</summary>
    public static string? MissingReason(IEnumerable<string> packages)
    {
        var missing = packages.Where(package => !IsInstalled(package)).ToArray();
        return missing.Length == 0
            ? null
            : $"Debian package(s) {string.Join(", ", missing)} not installed (apt-get install {string.Join(' ', missing)}); CI installs them.";
    }

    private static bool IsInstalled(string package)
    {
        try
        {
            using var query = Process.Start(new ProcessStartInfo("dpkg-query", ["-W", "-f=${db:Status-Status}", package])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (query is null)
            {
                return false;
            }

            var status = query.StandardOutput.ReadToEnd();
            query.WaitForExit();
            return query.ExitCode == 0 && status.Trim() == "installed";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No dpkg: not a Debian system, so the package cannot be installed either.
            return false;
        }
    }
}
