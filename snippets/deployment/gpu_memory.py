import torch

if torch.cuda.is_available():
    # --8<-- [start:peak]
    MiB = 2**20
    before = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    x = torch.ones(1024, 1024, device="cuda")
    # fr: doubler x crée un tenseur temporaire de la taille de x, libéré après la somme
    # en: doubling x creates a temporary tensor the size of x, freed after the sum
    total = (x * 2).sum()
    now = (torch.cuda.memory_allocated() - before) // MiB
    peak = (torch.cuda.max_memory_allocated() - before) // MiB
    print(now, peak)
    #> 4 8
    # --8<-- [end:peak]

    # --8<-- [start:release]
    reserved = torch.cuda.memory_reserved()
    del x, total
    print(torch.cuda.memory_allocated() == before, torch.cuda.memory_reserved() == reserved)
    #> True True
    torch.cuda.empty_cache()
    print(torch.cuda.memory_reserved() < reserved)
    #> True
    # --8<-- [end:release]

    # --8<-- [start:snapshot]
    import os

    torch.cuda.memory._record_memory_history(max_entries=100_000)
    layer = torch.nn.Linear(1024, 1024, device="cuda")
    layer(torch.randn(256, 1024, device="cuda")).sum().backward()
    torch.cuda.memory._dump_snapshot("snapshot.pickle")
    torch.cuda.memory._record_memory_history(enabled=None)
    print(os.path.getsize("snapshot.pickle") > 0, torch.cuda.max_memory_allocated() > 0)
    #> True True
    # --8<-- [end:snapshot]
