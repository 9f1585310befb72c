namespace HmiApp.UiLoad.Scenarios;

/// <summary>
/// Finds the acquisition times (<c>data-acquired</c>, epoch ms) in a render batch without decoding it: strings in a
/// batch are UTF-8 with a 7-bit length prefix, so an attribute's epoch-ms value is the byte 13 followed by 13 ASCII
/// digits; inside a markup string (the live values are markup) it is 13 digits between double quotes. Only values
/// near <c>receivedAt</c> count, so other digit runs cannot pass for one.
/// </summary>
public static class AcquisitionStamps
{
    private const int Digits = 13;

    public static void Find(byte[] batch, DateTimeOffset receivedAt, List<double> latenciesMs)
    {
        var now = receivedAt.ToUnixTimeMilliseconds();
        for (var i = 0; i + Digits < batch.Length; i++)
        {
            var lengthPrefixed = batch[i] == Digits;
            var quoted = batch[i] == (byte)'"' && i + Digits + 1 < batch.Length && batch[i + Digits + 1] == (byte)'"';
            if (!lengthPrefixed && !quoted)
            {
                continue;
            }

            long value = 0;
            var j = 1;
            for (; j <= Digits && batch[i + j] is >= (byte)'0' and <= (byte)'9'; j++)
            {
                value = (value * 10) + (batch[i + j] - '0');
            }

            if (j > Digits && value > now - 60_000 && value <= now + 1_000)
            {
                latenciesMs.Add((receivedAt - DateTimeOffset.FromUnixTimeMilliseconds(value)).TotalMilliseconds);
                i += Digits;
            }
        }
    }
}
