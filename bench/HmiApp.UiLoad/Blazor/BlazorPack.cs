using System.Buffers.Binary;
using System.Text;

namespace HmiApp.UiLoad.Blazor;

/// <summary>
/// The part of MessagePack that the Blazor hub ("blazorpack", SignalR's MessagePack hub protocol) uses, with SignalR's
/// framing: every message is prefixed by its length as a 7-bit varint. Decoding gives nil, bool, long, ulong, double,
/// string, byte[], object?[] and Dictionary&lt;object, object?&gt;. (No MessagePack library is on this registry.)
/// </summary>
public static class BlazorPack
{
    /// <summary>One framed message: an array of <paramref name="items"/> (string, long, bool, null or nested arrays).</summary>
    public static byte[] Frame(params object?[] items)
    {
        var body = new List<byte>();
        Write(body, items);
        var framed = new List<byte>(body.Count + 5);
        var length = (uint)body.Count;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            framed.Add(length > 0 ? (byte)(b | 0x80) : b);
        }
        while (length > 0);

        framed.AddRange(body);
        return [.. framed];
    }

    /// <summary>Reads the complete framed messages at the start of <paramref name="buffer"/>; returns the bytes used.</summary>
    public static int ReadFrames(ReadOnlySpan<byte> buffer, List<object?[]> messages)
    {
        var used = 0;
        while (true)
        {
            var rest = buffer[used..];
            uint length = 0;
            var shift = 0;
            var header = 0;
            while (true)
            {
                if (header >= rest.Length)
                {
                    return used;
                }

                var b = rest[header++];
                length |= (uint)(b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0)
                {
                    break;
                }

                if (shift > 28)
                {
                    throw new InvalidDataException("Message length prefix longer than 5 bytes.");
                }
            }

            if (rest.Length - header < length)
            {
                return used;
            }

            var position = 0;
            var message = Read(rest.Slice(header, (int)length), ref position) as object?[]
                ?? throw new InvalidDataException("A hub message is not a MessagePack array.");
            messages.Add(message);
            used += header + (int)length;
        }
    }

    private static void Write(List<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                output.Add(0xC0);
                break;
            case bool b:
                output.Add(b ? (byte)0xC3 : (byte)0xC2);
                break;
            case int i:
                WriteInteger(output, i);
                break;
            case long l:
                WriteInteger(output, l);
                break;
            case string s:
                var bytes = Encoding.UTF8.GetBytes(s);
                if (bytes.Length < 32)
                {
                    output.Add((byte)(0xA0 | bytes.Length));
                }
                else
                {
                    output.Add(0xDB);
                    AddBigEndian(output, (uint)bytes.Length);
                }

                output.AddRange(bytes);
                break;
            case object?[] array:
                if (array.Length < 16)
                {
                    output.Add((byte)(0x90 | array.Length));
                }
                else
                {
                    output.Add(0xDD);
                    AddBigEndian(output, (uint)array.Length);
                }

                foreach (var item in array)
                {
                    Write(output, item);
                }

                break;
            case EmptyMap:
                output.Add(0x80);
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

    private static void WriteInteger(List<byte> output, long value)
    {
        if (value is >= 0 and < 128)
        {
            output.Add((byte)value);
        }
        else
        {
            output.Add(0xD3);
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            output.AddRange(bytes.ToArray());
        }
    }

    private static void AddBigEndian(List<byte> output, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        output.AddRange(bytes.ToArray());
    }

    private static object? Read(ReadOnlySpan<byte> data, ref int p)
    {
        var code = data[p++];
        switch (code)
        {
            case <= 0x7F:
                return (long)code;
            case >= 0xE0:
                return (long)(sbyte)code;
            case >= 0xA0 and <= 0xBF:
                return Text(data, ref p, code & 0x1F);
            case >= 0x90 and <= 0x9F:
                return Array(data, ref p, code & 0x0F);
            case >= 0x80 and <= 0x8F:
                return Map(data, ref p, code & 0x0F);
        }

        switch (code)
        {
            case 0xC0: return null;
            case 0xC2: return false;
            case 0xC3: return true;
            case 0xC4: return Bytes(data, ref p, Take(data, ref p, 1)[0]);
            case 0xC5: return Bytes(data, ref p, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref p, 2)));
            case 0xC6: return Bytes(data, ref p, (int)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref p, 4)));
            case 0xCA: return (double)BinaryPrimitives.ReadSingleBigEndian(Take(data, ref p, 4));
            case 0xCB: return BinaryPrimitives.ReadDoubleBigEndian(Take(data, ref p, 8));
            case 0xCC: return (long)Take(data, ref p, 1)[0];
            case 0xCD: return (long)BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref p, 2));
            case 0xCE: return (long)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref p, 4));
            case 0xCF: return BinaryPrimitives.ReadUInt64BigEndian(Take(data, ref p, 8));
            case 0xD0: return (long)(sbyte)Take(data, ref p, 1)[0];
            case 0xD1: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(data, ref p, 2));
            case 0xD2: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(data, ref p, 4));
            case 0xD3: return BinaryPrimitives.ReadInt64BigEndian(Take(data, ref p, 8));
            case 0xD9: return Text(data, ref p, Take(data, ref p, 1)[0]);
            case 0xDA: return Text(data, ref p, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref p, 2)));
            case 0xDB: return Text(data, ref p, (int)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref p, 4)));
            case 0xDC: return Array(data, ref p, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref p, 2)));
            case 0xDD: return Array(data, ref p, (int)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref p, 4)));
            case 0xDE: return Map(data, ref p, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref p, 2)));
            case 0xDF: return Map(data, ref p, (int)BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref p, 4)));
            default: throw new InvalidDataException($"MessagePack type 0x{code:X2} is not used by the Blazor hub.");
        }
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int p, int count)
    {
        var span = data.Slice(p, count);
        p += count;
        return span;
    }

    private static string Text(ReadOnlySpan<byte> data, ref int p, int length) => Encoding.UTF8.GetString(Take(data, ref p, length));

    private static byte[] Bytes(ReadOnlySpan<byte> data, ref int p, int length) => Take(data, ref p, length).ToArray();

    private static object?[] Array(ReadOnlySpan<byte> data, ref int p, int count)
    {
        var items = new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Read(data, ref p);
        }

        return items;
    }

    private static Dictionary<object, object?> Map(ReadOnlySpan<byte> data, ref int p, int count)
    {
        var map = new Dictionary<object, object?>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Read(data, ref p) ?? "";
            map[key] = Read(data, ref p);
        }

        return map;
    }
}
