using System.Diagnostics;
using System.Security.Cryptography;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Compiles a libmodbus C peer with gcc once per source version, caching the binary under the temp dir.</summary>
public static class PeerBuild
{
    public static string PeerSource(string fileName) => Path.Combine(AppContext.BaseDirectory, "Modbus", "Net", "Peers", fileName);

    public static string CompileLibmodbusProgram(string sourceFileName)
    {
        var source = PeerSource(sourceFileName);
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(source)))[..16];
        var directory = Path.Combine(Path.GetTempPath(), "hmiapp-modbus-peers", hash);
        var binary = Path.Combine(directory, Path.GetFileNameWithoutExtension(sourceFileName));
        if (File.Exists(binary))
        {
            return binary;
        }

        Directory.CreateDirectory(directory);
        var flags = Run("pkg-config", "--cflags --libs libmodbus").Trim();
        // Build under a unique name and move into place so parallel tests never run a half-written binary.
        var scratch = binary + "." + Guid.NewGuid().ToString("N");
        Run("gcc", $"-O2 -Wall -o {scratch} {source} {flags}");
        File.Move(scratch, binary, overwrite: true);
        return binary;
    }

    private static string Run(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {arguments} failed ({process.ExitCode}):\n{error}");
        }

        return output.Result;
    }
}
