package dev.why403;

class Placeholder {}
