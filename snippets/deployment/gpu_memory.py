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
