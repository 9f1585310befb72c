namespace HmiApp.Domain.Acquisition;

/// <summary>One step of a <see cref="PayloadPath"/>: into a property by name, or into an array by position.</summary>
public readonly record struct PayloadPathStep(string? Name, int Index)
{
    public static PayloadPathStep Named(string name) => new(name, -1);

    public static PayloadPathStep At(int index) => new(null, index);

    public bool IsIndex => Name is null;
}
