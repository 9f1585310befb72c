using System.Buffers.Binary;

namespace HmiApp.Tests.Modbus.Net.Fuzz;

/// <summary>
/// Makes request frames for fuzzing a Modbus TCP server: valid requests with mutations (flipped bytes, wrong
/// lengths, cut short, extended), well-framed random PDUs, and plain random bytes. Deterministic per seed.
/// </summary>
public sealed class ModbusFrameFuzzer(int seed)
{
    private static readonly byte[] Functions = [1, 2, 3, 4, 5, 6, 15, 16, 23];
    private readonly Random _random = new(seed);

    /// <summary>Writes the next frame into <paramref name="destination"/> (at least 300 bytes) and returns its length.</summary>
    public int Next(Span<byte> destination)
    {
        var roll = _random.Next(100);
        if (roll < 10)
        {
            var length = _random.Next(1, 300);
            _random.NextBytes(destination[..length]);
            return length;
        }

        if (roll < 40)
        {
            // Well-framed header around a random PDU: exercises every function code and quantity path.
            var pduLength = _random.Next(1, 254);
            WriteHeader(destination, pduLength);
            _random.NextBytes(destination.Slice(7, pduLength));
            if (_random.Next(2) == 0)
            {
                destination[7] = Functions[_random.Next(Functions.Length)];
            }

            return 7 + pduLength;
        }

        var valid = WriteValidRequest(destination);
        return roll < 60 ? valid : Mutate(destination, valid);
    }

    private int WriteValidRequest(Span<byte> frame)
    {
        var function = Functions[_random.Next(Functions.Length)];
        var pdu = frame[7..];
        pdu[0] = function;
        BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], RandomAddress());
        int pduLength;
        switch (function)
        {
            case 1 or 2:
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)_random.Next(0, 2100));
                pduLength = 5;
                break;
            case 3 or 4:
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)_random.Next(0, 130));
                pduLength = 5;
                break;
            case 5:
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], _random.Next(4) switch { 0 => 0x0000, 1 => 0xFF00, _ => (ushort)_random.Next(65536) });
                pduLength = 5;
                break;
            case 6:
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)_random.Next(65536));
                pduLength = 5;
                break;
            case 15:
            {
                var quantity = _random.Next(1, 1969);
                var bytes = (quantity + 7) / 8;
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)quantity);
                pdu[5] = (byte)bytes;
                _random.NextBytes(pdu.Slice(6, bytes));
                pduLength = 6 + bytes;
                break;
            }

            case 16:
            {
                var quantity = _random.Next(1, 124);
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)quantity);
                pdu[5] = (byte)(quantity * 2);
                _random.NextBytes(pdu.Slice(6, quantity * 2));
                pduLength = 6 + (quantity * 2);
                break;
            }

            default:
            {
                var quantity = _random.Next(1, 122);
                BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)_random.Next(1, 126));
                BinaryPrimitives.WriteUInt16BigEndian(pdu[5..], RandomAddress());
                BinaryPrimitives.WriteUInt16BigEndian(pdu[7..], (ushort)quantity);
                pdu[9] = (byte)(quantity * 2);
                _random.NextBytes(pdu.Slice(10, quantity * 2));
                pduLength = 10 + (quantity * 2);
                break;
            }
        }

        WriteHeader(frame, pduLength);
        return 7 + pduLength;
    }

    private int Mutate(Span<byte> frame, int length)
    {
        switch (_random.Next(5))
        {
            case 0:
                for (var flips = _random.Next(1, 4); flips > 0; flips--)
                {
                    frame[_random.Next(length)] ^= (byte)(1 << _random.Next(8));
                }

                return length;
            case 1:
                BinaryPrimitives.WriteUInt16BigEndian(frame[4..], (ushort)_random.Next(65536));
                return length;
            case 2:
                return _random.Next(1, length);
            case 3:
                var extra = Math.Min(_random.Next(1, 40), 300 - length);
                _random.NextBytes(frame.Slice(length, extra));
                return length + extra;
            default:
                frame[6] = (byte)_random.Next(256);
                return length;
        }
    }

    private ushort RandomAddress() => _random.Next(3) == 0 ? (ushort)_random.Next(65536) : (ushort)_random.Next(0, 1100);

    private void WriteHeader(Span<byte> frame, int pduLength)
    {
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)_random.Next(65536));
        BinaryPrimitives.WriteUInt16BigEndian(frame[2..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(frame[4..], (ushort)(pduLength + 1));
        frame[6] = _random.Next(4) == 0 ? (byte)_random.Next(256) : (byte)1;
    }
}
