using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

public sealed class SpillFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-spill-").FullName;

    private string FilePath => Path.Combine(directory, SpillFile.FileName);

    [Fact]
    public void Batches_survive_a_reopen_and_come_back_in_the_order_written()
    {
        var first = Samples.Series(1, Samples.Start, 3, TimeSpan.FromSeconds(1), i => i == 1 ? null : i + 0.25);
        var second = Samples.Series(2, Samples.Start, 2, TimeSpan.FromSeconds(1));
        using (var spill = SpillFile.Open(directory))
        {
            spill.Append(first);
            spill.Append(second);
        }

        using var reopened = SpillFile.Open(directory);
        Assert.Equal(5, reopened.PendingSamples);
        Assert.Equal(first, reopened.Peek());
        reopened.Advance();
        Assert.Equal(second, reopened.Peek());
        reopened.Advance();
        Assert.Null(reopened.Peek());
        Assert.Equal(0, new FileInfo(FilePath).Length);
    }

    [Fact]
    public void A_torn_last_record_is_cut_off_and_the_whole_ones_kept()
    {
        var whole = Samples.Series(1, Samples.Start, 4, TimeSpan.FromSeconds(1));
        using (var spill = SpillFile.Open(directory))
        {
            spill.Append(whole);
            spill.Append(Samples.Series(1, Samples.Start.AddMinutes(1), 4, TimeSpan.FromSeconds(1)));
        }

        var length = new FileInfo(FilePath).Length;
        using (var file = new FileStream(FilePath, FileMode.Open))
        {
            file.SetLength(length - 7);
        }

        using var reopened = SpillFile.Open(directory);
        Assert.Equal(1, reopened.PendingBatches);
        Assert.Equal(whole, reopened.Peek());
        Assert.Equal(length / 2, new FileInfo(FilePath).Length);
    }

    [Fact]
    public void A_corrupted_record_is_not_returned_as_samples()
    {
        using (var spill = SpillFile.Open(directory))
        {
            spill.Append(Samples.Series(1, Samples.Start, 4, TimeSpan.FromSeconds(1)));
        }

        var bytes = File.ReadAllBytes(FilePath);
        bytes[20] ^= 0xFF;
        File.WriteAllBytes(FilePath, bytes);

        using var reopened = SpillFile.Open(directory);
        Assert.Equal(0, reopened.PendingBatches);
    }

    [Fact]
    public void Prepended_batches_come_before_the_pending_ones()
    {
        var older = Samples.Series(1, Samples.Start, 2, TimeSpan.FromSeconds(1));
        var newer = Samples.Series(1, Samples.Start.AddMinutes(1), 2, TimeSpan.FromSeconds(1));
        using (var spill = SpillFile.Open(directory))
        {
            spill.Append(newer);
            spill.Prepend([older]);
            Assert.Equal(4, spill.PendingSamples);
        }

        using var reopened = SpillFile.Open(directory);
        var order = new List<PointSample>();
        while (reopened.Peek() is { } batch)
        {
            order.AddRange(batch);
            reopened.Advance();
        }

        Assert.Equal(older.Concat(newer), order);
    }

    [Fact]
    public void Nothing_is_created_until_a_batch_spills()
    {
        using var spill = SpillFile.Open(Path.Combine(directory, "not-yet"));

        Assert.Equal(0, spill.PendingBatches);
        Assert.False(Directory.Exists(Path.Combine(directory, "not-yet")));
    }

    [Fact]
    public void A_spill_file_held_by_another_instance_is_refused_naming_the_key()
    {
        using var first = SpillFile.Open(directory);
        first.Append(Samples.Series(1, Samples.Start, 2, TimeSpan.FromSeconds(1)));

        var error = Assert.Throws<InvalidOperationException>(() => SpillFile.Open(directory));

        Assert.Contains("Historian:SpillDirectory", error.Message);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
