using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HmiApp.E2E.Support;

/// <summary>
/// Every routable page of the built app, read from the [Route] attributes that <c>@page</c> compiles to in
/// HmiApp.dll (read as metadata, not loaded), so that a page added to the app is on the list without anyone
/// remembering to add it here.
/// </summary>
public static class AppPages
{
    private const string ComponentsNamespace = "Microsoft.AspNetCore.Components";

    public static IReadOnlyList<AppPage> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var pages = new List<AppPage>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var routes = new List<string>();
            string? layout = null;
            var isStatic = false;
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                switch (AttributeName(reader, attribute))
                {
                    case "RouteAttribute":
                        routes.Add((string)attribute.DecodeValue(NameProvider.Instance).FixedArguments[0].Value!);
                        break;
                    case "LayoutAttribute":
                        layout = (string?)attribute.DecodeValue(NameProvider.Instance).FixedArguments[0].Value;
                        break;
                    case "ExcludeFromInteractiveRoutingAttribute":
                        isStatic = true;
                        break;
                }
            }

            var typeName = $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
            pages.AddRange(routes.Select(route => new AppPage(route, typeName, isStatic, layout?.Contains("KioskLayout", StringComparison.Ordinal) == true)));
        }

        return pages.OrderBy(p => p.Template, StringComparer.Ordinal).ToList();
    }

    private static string? AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return reader.GetString(type.Namespace) == ComponentsNamespace ? reader.GetString(type.Name) : null;
    }

    /// <summary>Names types instead of resolving them: enough to read strings and typeof() arguments.</summary>
    private sealed class NameProvider : ICustomAttributeTypeProvider<string>
    {
        public static readonly NameProvider Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        }

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) =>
            throw new NotSupportedException($"enum argument of type {type} in a page attribute; only strings and types are read");

        public bool IsSystemType(string type) => type == "System.Type";
    }
}

/// <summary>A routable page: its route template, its component, whether it is rendered statically, and whether it is a kiosk screen.</summary>
public sealed record AppPage(string Template, string Component, bool Static, bool Kiosk)
{
    public IReadOnlyList<string> Parameters { get; } = [.. Template.Split('/')
        .Where(s => s.StartsWith('{') && s.EndsWith('}'))
        .Select(s => s.Trim('{', '}', '*', '?').Split(':')[0])];

    /// <summary>The address with each parameter replaced by its sample value.</summary>
    public string Path(IReadOnlyDictionary<string, string> samples) => string.Join('/', Template.TrimStart('/').Split('/').Select(segment =>
    {
        if (!segment.StartsWith('{'))
        {
            return segment;
        }

        var name = segment.Trim('{', '}', '*', '?').Split(':')[0];
        return samples.TryGetValue(name, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException($"The page {Template} ({Component}) has the parameter '{name}' and no sample value for it: add one to the samples the screenshots use.");
    }));

    /// <summary>A file name: "overview" for the root, else the template's segments with the sample values.</summary>
    public string FileName(IReadOnlyDictionary<string, string> samples) =>
        Template == "/" ? "overview" : Path(samples).Replace('/', '-').Replace('%', '_');
}
