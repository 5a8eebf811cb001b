"""Scale-out on Ray (``pip install 'matcher[ray]'``): the same commands, run by a cluster.

``cluster`` joins a Ray cluster (``--address``/``RAY_ADDRESS``) or starts a
local one for one command; ``indexing`` parses and embeds postings on a Ray
Data actor pool for ``Index.add``/``reembed``; ``ranking`` ranks resumes on
actors that hold the catalog.  Ray is imported only here, and only when asked
for: the rest of matcher never needs it.
"""
