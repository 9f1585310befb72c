namespace HmiApp.Shell;

/// <summary>One line of a write confirmation: what changes, from the value the device holds now to the new one.</summary>
public sealed record ConfirmedChange(string What, string Old, string New);
