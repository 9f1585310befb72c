using System.Buffers.Binary;

namespace HmiApp.Domain.Modbus;

/// <summary>Packs the registers of one value into an unsigned integer (most significant byte first) and back.</summary>
internal static class RegisterWords
{
    public static ulong Read(ReadOnlySpan<ushort> registers, int count, ByteOrder order)
    {
        var swapWords = order.SwapsWords();
        var swapBytes = order.SwapsBytes();
        ulong bits = 0;
        for (var i = 0; i < count; i++)
        {
            var word = registers[swapWords ? count - 1 - i : i];
            bits = (bits << 16) | (swapBytes ? BinaryPrimitives.ReverseEndianness(word) : word);
        }

        return bits;
    }

    public static void Write(ulong bits, Span<ushort> registers, int count, ByteOrder order)
    {
        var swapWords = order.SwapsWords();
        var swapBytes = order.SwapsBytes();
        for (var i = count - 1; i >= 0; i--)
        {
            var word = (ushort)bits;
            bits >>= 16;
            registers[swapWords ? count - 1 - i : i] = swapBytes ? BinaryPrimitives.ReverseEndianness(word) : word;
        }
    }
}
