"""Who can take a job: a posting's knock-outs against a resume's credentials and the
seeker's places and needs."""
