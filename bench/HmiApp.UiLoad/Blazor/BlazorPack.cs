using System.Buffers;
using MessagePack;

namespace HmiApp.UiLoad.Blazor;

/// <summary>
/// The Blazor hub's wire format ("blazorpack", SignalR's MessagePack hub protocol): MessagePack (through the
/// MessagePack library's reader and writer) with SignalR's framing, every message prefixed by its length as a 7-bit
/// varint. Decoded values are what the circuit driver matches on: nil, bool, long, ulong (above long.MaxValue),
/// double, string, byte[], object?[] and Dictionary&lt;object, object?&gt;.
/// </summary>
public static class BlazorPack
{
    private const int MaxLengthPrefixBytes = 5;

    /// <summary>One framed message: an array of <paramref name="items"/> (string, int, long, bool, null, nested arrays or an empty map).</summary>
    public static byte[] Frame(params object?[] items)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(body);
        Write(ref writer, items);
        writer.Flush();

        var framed = new byte[MaxLengthPrefixBytes + body.WrittenCount];
        var header = 0;
        var length = (uint)body.WrittenCount;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            framed[header++] = length > 0 ? (byte)(b | 0x80) : b;
        }
        while (length > 0);

        body.WrittenSpan.CopyTo(framed.AsSpan(header));
        return framed[..(header + body.WrittenCount)];
    }

    /// <summary>Reads the complete framed messages at the start of <paramref name="buffer"/>; returns the bytes used.</summary>
    public static int ReadFrames(ReadOnlyMemory<byte> buffer, List<object?[]> messages)
    {
        var used = 0;
        while (TryReadLength(buffer.Span[used..], out var header, out var length) && buffer.Length - used - header >= length)
        {
            var reader = new MessagePackReader(buffer.Slice(used + header, (int)length));
            var message = Read(ref reader) as object?[] ?? throw new InvalidDataException("A hub message is not a MessagePack array.");
            messages.Add(message);
            used += header + (int)length;
        }

        return used;
    }

    private static bool TryReadLength(ReadOnlySpan<byte> rest, out int header, out uint length)
    {
        length = 0;
        header = 0;
        for (var shift = 0; header < rest.Length; shift += 7)
        {
            if (header == MaxLengthPrefixBytes)
            {
                throw new InvalidDataException($"Message length prefix longer than {MaxLengthPrefixBytes} bytes.");
            }

            var b = rest[header++];
            length |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Write(ref MessagePackWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNil();
                break;
            case bool b:
                writer.Write(b);
                break;
            case int i:
                writer.Write(i);
                break;
            case long l:
                writer.Write(l);
                break;
            case string s:
                writer.Write(s);
                break;
            case object?[] array:
                writer.WriteArrayHeader(array.Length);
                foreach (var item in array)
                {
                    Write(ref writer, item);
                }

                break;
            case EmptyMap:
                writer.WriteMapHeader(0);
                break;
            default:
                throw new ArgumentException($"BlazorPack cannot write a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>An empty map, as SignalR's message headers.</summary>
    public sealed class EmptyMap
    {
        public static EmptyMap Instance { get; } = new();
    }

    private static object? Read(ref MessagePackReader reader)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                return null;
            case MessagePackType.Boolean:
                return reader.ReadBoolean();
            case MessagePackType.Integer:
                // Integers are matched as long; only a uint64 above long.MaxValue stays unsigned.
                return reader.NextCode == MessagePackCode.UInt64 ? Unsigned(ref reader) : reader.ReadInt64();
            case MessagePackType.Float:
                return reader.ReadDouble();
            case MessagePackType.String:
                return reader.ReadString();
            case MessagePackType.Binary:
                return reader.ReadBytes()?.ToArray();
            case MessagePackType.Array:
                var items = new object?[reader.ReadArrayHeader()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Read(ref reader);
                }

                return items;
            case MessagePackType.Map:
                var count = reader.ReadMapHeader();
                var map = new Dictionary<object, object?>(count);
                for (var i = 0; i < count; i++)
                {
                    var key = Read(ref reader) ?? "";
                    map[key] = Read(ref reader);
                }

                return map;
            default:
                throw new InvalidDataException($"MessagePack type {reader.NextMessagePackType} is not used by the Blazor hub.");
        }
    }

    private static object Unsigned(ref MessagePackReader reader)
    {
        var value = reader.ReadUInt64();
        return value <= long.MaxValue ? (long)value : value;
    }
}
