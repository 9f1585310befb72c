using System.Buffers.Binary;
using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Batches that waited too long for the database, on disk: an append-only file, each batch one record
/// (length, samples, FNV-1a checksum) flushed to the device before <see cref="Append"/> returns. Batches
/// are read back in the order written; the file is emptied once all are written to the database. A torn
/// last record (power cut mid-append) is cut off when the file is opened. The read position is not
/// persisted: after a crash the whole file is replayed, which the stores' repeat-safe writes absorb.
/// The file is created only when a first batch spills, so instances that never lose their database
/// never touch the directory; an instance finding the file held by another gets an error naming the key.
/// </summary>
public sealed class SpillFile : IDisposable
{
    public const string FileName = "historian-spill.bin";
    private const int SampleBytes = 8 + 8 + 1 + 8 + 1;
    private const int HeaderBytes = 4;
    private const int TrailerBytes = 8;

    private readonly Queue<(long Offset, int Count)> records = new();
    private readonly string path;
    private FileStream? file;

    private SpillFile(string path) => this.path = path;

    public string Path => path;

    public int PendingBatches => records.Count;

    public long PendingSamples { get; private set; }

    public static SpillFile Open(string directory)
    {
        var spill = new SpillFile(System.IO.Path.Combine(directory, FileName));
        if (File.Exists(spill.path))
        {
            spill.ScanExisting(spill.Stream());
        }

        return spill;
    }

    public void Append(IReadOnlyList<PointSample> batch)
    {
        var bytes = Encode(batch);
        var stream = Stream();
        var offset = stream.Length;
        stream.Position = offset;
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
        records.Enqueue((offset, batch.Count));
        PendingSamples += batch.Count;
    }

    /// <summary>The oldest batch not yet written to the database, or null when there is none.</summary>
    public IReadOnlyList<PointSample>? Peek()
    {
        if (!records.TryPeek(out var record))
        {
            return null;
        }

        var bytes = new byte[HeaderBytes + (record.Count * SampleBytes) + TrailerBytes];
        var stream = Stream();
        stream.Position = record.Offset;
        stream.ReadExactly(bytes);
        return Decode(bytes) ?? throw new InvalidDataException($"Spill file {path} changed under the historian at offset {record.Offset}.");
    }

    /// <summary>Marks the oldest batch written; the file is emptied when none is left.</summary>
    public void Advance()
    {
        var record = records.Dequeue();
        PendingSamples -= record.Count;
        if (records.Count == 0)
        {
            var stream = Stream();
            stream.SetLength(0);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Puts <paramref name="batches"/> before the pending ones, keeping time order when memory-held
    /// batches (older) are saved at shutdown behind a spill already in use: the file is rewritten beside
    /// the old one and swapped in only once it is complete and on disk.
    /// </summary>
    public void Prepend(IReadOnlyList<IReadOnlyList<PointSample>> batches)
    {
        if (batches.Count == 0)
        {
            return;
        }

        var pending = new List<IReadOnlyList<PointSample>>(batches);
        while (Peek() is { } batch)
        {
            pending.Add(batch);
            records.Dequeue();
        }

        Stream();
        var next = path + ".new";
        var offsets = new List<(long Offset, int Count)>();
        using (var rewritten = new FileStream(next, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            foreach (var batch in pending)
            {
                offsets.Add((rewritten.Position, batch.Count));
                rewritten.Write(Encode(batch));
            }

            rewritten.Flush(flushToDisk: true);
        }

        file!.Dispose();
        File.Move(next, path, overwrite: true);
        file = null;
        Stream();
        PendingSamples = 0;
        foreach (var record in offsets)
        {
            records.Enqueue(record);
            PendingSamples += record.Count;
        }
    }

    public void Dispose() => file?.Dispose();

    private FileStream Stream()
    {
        if (file is null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            try
            {
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException(
                    $"The historian's spill file {path} cannot be opened ({ex.Message}). If another instance of the app uses it, give each instance its own Historian:SpillDirectory.", ex);
            }
        }

        return file;
    }

    private void ScanExisting(FileStream stream)
    {
        var offset = 0L;
        var header = new byte[HeaderBytes];
        while (offset + HeaderBytes <= stream.Length)
        {
            stream.Position = offset;
            stream.ReadExactly(header);
            var count = BinaryPrimitives.ReadInt32LittleEndian(header);
            var length = HeaderBytes + ((long)count * SampleBytes) + TrailerBytes;
            if (count <= 0 || offset + length > stream.Length)
            {
                break;
            }

            var bytes = new byte[length];
            stream.Position = offset;
            stream.ReadExactly(bytes);
            if (Decode(bytes) is null)
            {
                break;
            }

            records.Enqueue((offset, count));
            PendingSamples += count;
            offset += length;
        }

        if (offset != stream.Length)
        {
            stream.SetLength(offset);
            stream.Flush(flushToDisk: true);
        }
    }

    private static byte[] Encode(IReadOnlyList<PointSample> batch)
    {
        var bytes = new byte[HeaderBytes + (batch.Count * SampleBytes) + TrailerBytes];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, batch.Count);
        var span = bytes.AsSpan(HeaderBytes);
        foreach (var sample in batch)
        {
            BinaryPrimitives.WriteInt64LittleEndian(span, sample.PointId);
            BinaryPrimitives.WriteInt64LittleEndian(span[8..], HistoryTime.ToMicros(sample.Timestamp));
            span[16] = sample.Value.HasValue ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteDoubleLittleEndian(span[17..], sample.Value ?? 0);
            span[25] = (byte)sample.Quality;
            span = span[SampleBytes..];
        }

        BinaryPrimitives.WriteUInt64LittleEndian(span, Fnv1a(bytes.AsSpan(0, bytes.Length - TrailerBytes)));
        return bytes;
    }

    private static PointSample[]? Decode(byte[] bytes)
    {
        var body = bytes.AsSpan(0, bytes.Length - TrailerBytes);
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - TrailerBytes)) != Fnv1a(body))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var samples = new PointSample[count];
        var span = body[HeaderBytes..];
        for (var i = 0; i < count; i++, span = span[SampleBytes..])
        {
            samples[i] = new PointSample(
                BinaryPrimitives.ReadInt64LittleEndian(span),
                HistoryTime.FromMicros(BinaryPrimitives.ReadInt64LittleEndian(span[8..])),
                span[16] == 1 ? BinaryPrimitives.ReadDoubleLittleEndian(span[17..]) : null,
                (QualityStatus)span[25]);
        }

        return samples;
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
