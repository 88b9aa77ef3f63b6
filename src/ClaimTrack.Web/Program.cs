var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "ClaimTrack");
app.Run();

public partial class Program;
